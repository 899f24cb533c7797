// "Did you mean" suggestions for mistyped keys (`sender` for `senders`).

/** The valid key closest to `typed`, when it is close enough to be a likely typo. */
export function closestKey(typed: string, validKeys: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const key of validKeys) {
    const distance = editDistance(lower, key.toLowerCase());
    if (best === undefined || distance < best.distance) best = { key, distance };
  }
  // Allow roughly one edit per three characters: "sender", "ipv", "timout"
  // match; unrelated words such as "domains" do not.
  const allowed = Math.max(1, Math.floor(typed.length / 3));
  return best !== undefined && best.distance <= allowed ? best.key : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
