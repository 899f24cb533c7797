// A target name built from a domain-spec (often by macro expansion) may be
// valid SPF syntax yet impossible to put in a DNS query: an empty label, a
// label over 63 octets, or over 253 in all. RFC 7208 leaves the result open
// (section 4.8; the OpenSPF suite's invalid-domain-* cases accept fail or
// permerror); by analogy with section 4.3 we treat such a name as
// non-existent, so the term does not match, instead of a temporary error.

import type { Resolve } from '../dns/port.js';

export function isQueryableName(name: string): boolean {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare.length === 0 || bare.length > 253) return false;
  return bare.split('.').every((label) => label.length >= 1 && label.length <= 63);
}

export function withUnqueryableAsNxdomain(resolve: Resolve): Resolve {
  return (name, type) =>
    isQueryableName(name) ? resolve(name, type) : Promise.resolve({ kind: 'nxdomain' });
}
