// Which list a file holds: the allowlist (config `senders`, `hosts`,
// `static`) or the denylist (config `deny:`, issue #9 scope 1). Both lists
// share the model, the builder and every renderer; only the words in each
// file's header, the action its entries carry and a few defaults differ, so
// a deny file can never be mistaken for an allow file (or parsed as one).

export type ListKind = 'allow' | 'deny';

/** The noun each file's header uses, e.g. "Postfix postscreen denylist". */
export const LIST_NOUN: Readonly<Record<ListKind, string>> = {
  allow: 'allowlist',
  deny: 'denylist',
};
