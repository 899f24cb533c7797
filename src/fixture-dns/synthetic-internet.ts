// A synthetic SPF internet for the benchmark (issue 7): any number of sender
// domains, generated from a seed, in the RFC 7208 suite's `zonedata` shape
// (zonedata.ts) so the in-process server can serve it. The shapes follow
// shared/spf/real-world-shapes.md: big providers reached by many senders
// (spf.protection.outlook.com, _spf.google.com's netblock tree, mailgun's
// three levels, GoDaddy nesting Microsoft), hosting companies in between, so
// chains reach depth 4; `mx` and `a` terms; records long enough to need
// several TXT strings; apexes with ~20 TXT records whose answers only fit
// over TCP. Every address is drawn from the seed: provider names are real,
// their ranges are not. This is test data, never a snapshot of live DNS.

import { formatAddress, formatCidr } from '../cidr/format.js';
import { makeCidr } from '../cidr/parse.js';
import type { Family } from '../cidr/types.js';
import { parseZoneData, type ZoneData } from './zonedata.js';

export interface SyntheticInternetOptions {
  /** How many sender domains (the config's `senders`). */
  readonly senders: number;
  /** The same seed gives the same internet, byte for byte. */
  readonly seed: number;
}

/** One entry of a name's list in `zonedata` (see zonedata.ts). */
export type ZoneEntry =
  | { readonly TXT: string | string[] }
  | { readonly A: string }
  | { readonly AAAA: string }
  | { readonly MX: [number, string] };

export interface SyntheticInternet {
  /** Sender domains in generation order. */
  readonly senders: readonly string[];
  /** The raw `zonedata` map, as a YAML fixture would hold it. */
  readonly zonedata: Readonly<Record<string, readonly ZoneEntry[]>>;
  readonly zone: ZoneData;
}

export function generateSyntheticInternet(options: SyntheticInternetOptions): SyntheticInternet {
  if (!Number.isInteger(options.senders) || options.senders < 1) {
    throw new RangeError(`senders must be a whole number of at least 1, got ${options.senders}`);
  }
  const builder = new InternetBuilder(seededRandom(options.seed));
  const providers = builder.addProviders();
  const hostingCount = Math.max(2, Math.round(options.senders / 100));
  const hosting = Array.from({ length: hostingCount }, (_, i) =>
    builder.addHostingCompany(i, providers),
  );
  const senders = Array.from({ length: options.senders }, (_, i) =>
    builder.addSender(i, providers, hosting),
  );
  return {
    senders,
    zonedata: builder.zonedata,
    zone: parseZoneData(builder.zonedata, `synthetic internet (seed ${options.seed})`),
  };
}

// ---- randomness ----------------------------------------------------------

interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform whole number in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[item, weight], ...]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
}

/** mulberry32: tiny, fast and good enough to shape test data; not for anything secret. */
function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (choices) => {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let left = next() * total;
      for (const [item, weight] of choices) {
        left -= weight;
        if (left < 0) return item;
      }
      return choices[choices.length - 1]![0];
    },
  };
  return random;
}

// ---- the providers senders include ----------------------------------------

/** An include target many senders share, with how often senders pick it. */
interface Provider {
  readonly include: string;
  readonly weight: number;
  /** MX hosts its customers' `mx` term reaches, if it hosts mailboxes. */
  readonly mailboxes?: 'google' | 'outlook';
}

const GOOGLE_MX = [
  'aspmx.l.google.com',
  'alt1.aspmx.l.google.com',
  'alt2.aspmx.l.google.com',
  'alt3.aspmx.l.google.com',
  'alt4.aspmx.l.google.com',
];

const VERIFICATION_PREFIXES = [
  'google-site-verification=',
  'MS=ms',
  'facebook-domain-verification=',
  'apple-domain-verification=',
  'atlassian-domain-verification=',
  'docusign=',
  'globalsign-domain-verification=',
  'adobe-idp-site-verification=',
];

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('');

/** RFC 1035 section 3.3: at most 255 bytes per character-string. */
const MAX_STRING = 255;

class InternetBuilder {
  readonly zonedata: Record<string, ZoneEntry[]> = {};

  constructor(private readonly random: Random) {}

  addProviders(): Provider[] {
    this.spf(
      'spf.protection.outlook.com',
      [...this.ip4s(6, 15, 19), ...this.ip6s(5, 48, 52)],
      '-all',
    );
    this.addGoogle();
    this.spf('amazonses.com', this.ip4s(12, 18, 22), '-all', 3);
    this.spf('sendgrid.net', [...this.ip4s(9, 16, 20), 'include:ab.sendgrid.net'], '~all');
    this.spf('ab.sendgrid.net', this.ip4s(4, 18, 24), '~all');
    this.spf('servers.mcsv.net', this.ip4s(3, 18, 21), '?all');
    this.spf('spf.mandrillapp.com', this.ip4s(12, 24, 24), '?all');
    this.spf('spf.mailjet.com', this.ip4s(7, 20, 24), '?all');
    this.spf('mailgun.org', ['include:_spf.mailgun.org', 'include:_spf.eu.mailgun.org'], '-all');
    this.spf(
      '_spf.mailgun.org',
      ['include:_spf1.mailgun.org', 'include:_spf2.mailgun.org'],
      '~all',
    );
    this.spf('_spf1.mailgun.org', this.ip4s(10, 20, 24), '~all');
    this.spf('_spf2.mailgun.org', this.ip4s(9, 20, 24), '~all');
    this.spf('_spf.eu.mailgun.org', this.ip4s(11, 20, 24), '~all');
    // Unflattenable: the target needs the connecting address (no query is sent).
    this.spf('_spf.salesforce.com', ['exists:%{i}._spf.mta.salesforce.com'], '-all');
    this.spf('_spf.facebook.com', this.ip4s(8, 18, 22), '-all');
    this.spf(
      '_spf.protonmail.ch',
      [...this.ip4s(6, 22, 24), 'include:_spf2.protonmail.ch'],
      '~all',
    );
    this.spf('_spf2.protonmail.ch', this.ip4s(4, 22, 24), '~all');
    this.spf('spf.zoho.com', this.ip4s(51, 20, 24), '~all');
    this.spf('spf.messagingengine.com', this.ip4s(2, 24, 27), '-all');
    this.spf('secureserver.net', ['include:spf-0.secureserver.net'], '-all');
    this.spf(
      'spf-0.secureserver.net',
      [...this.ip4s(32, 22, 27), 'include:spf.protection.outlook.com'],
      '-all',
    );
    this.spf('icloud.com', [...this.ip4s(16, 16, 18), ...this.ip6s(7, 56, 56)], '~all', 2);
    this.spf(
      '_thirdparty.twitter.com',
      [...this.ip4s(5, 24, 24), 'include:spf.mandrillapp.com'],
      '-all',
    );
    return [
      { include: 'spf.protection.outlook.com', weight: 35, mailboxes: 'outlook' },
      { include: '_spf.google.com', weight: 30, mailboxes: 'google' },
      { include: 'amazonses.com', weight: 8 },
      { include: 'sendgrid.net', weight: 8 },
      { include: 'servers.mcsv.net', weight: 6 },
      { include: 'mailgun.org', weight: 5 },
      { include: '_spf.salesforce.com', weight: 4 },
      { include: 'spf.mailjet.com', weight: 3 },
      { include: 'spf.zoho.com', weight: 3 },
      { include: 'secureserver.net', weight: 3 },
      { include: '_spf.protonmail.ch', weight: 2 },
      { include: 'spf.messagingengine.com', weight: 2 },
      { include: '_spf.facebook.com', weight: 1 },
      { include: 'icloud.com', weight: 1 },
      { include: '_thirdparty.twitter.com', weight: 1 },
    ];
  }

  /** The 2024 shape: three netblock records under one include, and shared MX hosts. */
  private addGoogle(): void {
    const blocks = ['_netblocks.google.com', '_netblocks2.google.com', '_netblocks3.google.com'];
    this.spf(
      '_spf.google.com',
      blocks.map((b) => `include:${b}`),
      '~all',
    );
    this.spf(blocks[0]!, this.ip4s(11, 16, 20), '~all');
    this.spf(blocks[1]!, this.ip6s(6, 36, 36), '~all');
    this.spf(blocks[2]!, this.ip4s(10, 16, 20), '~all');
    for (const host of GOOGLE_MX) this.addresses(host);
  }

  /** A hosting company: its own relay, one or two big providers; depth 1 to 4 below a sender. */
  addHostingCompany(index: number, providers: readonly Provider[]): string {
    const name = `_spf.host${index}.example`;
    const relay = `relay.host${index}.example`;
    this.addresses(relay);
    const includes = [this.pickProvider(providers), this.pickProvider(providers)];
    const terms = [...this.ip4s(this.random.int(1, 4), 22, 28), `a:${relay}`];
    this.spf(name, [...terms, ...new Set(includes.map((p) => `include:${p.include}`))], '~all');
    return name;
  }

  addSender(index: number, providers: readonly Provider[], hosting: readonly string[]): string {
    const domain = `sender${index}.example`;
    const style = this.random.weighted<'direct' | 'redirect' | 'sub-include' | 'none' | 'macro'>([
      ['direct', 70],
      ['redirect', 10],
      ['sub-include', 15],
      ['none', 3],
      ['macro', 2],
    ]);
    const chosen = this.senderProviders(providers);
    const includes = chosen.map((p) => `include:${p.include}`);
    // Not below a redirect: sender -> _spf -> hosting -> secureserver -> spf-0 -> outlook would be depth 5.
    if (style !== 'redirect' && this.random.chance(0.1)) {
      includes.push(`include:${this.random.pick(hosting)}`);
    }
    // Below a redirect or sub-include, `mx` alone would ask for the sub-name's MX.
    const own = this.ownTerms(domain, style === 'direct' || style === 'macro', chosen);
    const all = this.random.weighted([
      ['~all', 55],
      ['-all', 40],
      ['?all', 5],
    ]);
    const extraTxt = this.random.chance(0.02) ? this.random.int(18, 24) : this.random.int(0, 4);
    switch (style) {
      case 'direct':
        this.spf(domain, [...own, ...includes], all, extraTxt);
        break;
      case 'redirect':
        this.spf(domain, [`redirect=_spf.${domain}`], '', extraTxt);
        this.spf(`_spf.${domain}`, [...own, ...includes], all);
        break;
      case 'sub-include':
        this.spf(domain, [`include:_spf1.${domain}`, ...includes], all, extraTxt);
        this.spf(`_spf1.${domain}`, own, '~all');
        break;
      case 'none':
        this.txt(domain, Math.max(1, extraTxt));
        break;
      case 'macro':
        this.spf(
          domain,
          [`include:%{ir}.%{v}.%{d}.spf.has.pphosted.com`, ...includes],
          all,
          extraTxt,
        );
        break;
    }
    return domain;
  }

  private senderProviders(providers: readonly Provider[]): Provider[] {
    const count = this.random.weighted([
      [0, 15],
      [1, 35],
      [2, 30],
      [3, 15],
      [4, 5],
    ]);
    const chosen = new Set<Provider>();
    for (let i = 0; i < count; i += 1) chosen.add(this.pickProvider(providers));
    return [...chosen];
  }

  private pickProvider(providers: readonly Provider[]): Provider {
    return this.random.weighted(providers.map((p) => [p, p.weight] as const));
  }

  /** The sender's own ranges, `mx` and `a` terms. */
  private ownTerms(domain: string, atApex: boolean, chosen: readonly Provider[]): string[] {
    const terms: string[] = [];
    if (this.random.chance(0.3)) {
      const mx = atApex ? 'mx' : `mx:${domain}`;
      terms.push(this.random.chance(0.8) ? mx : `${mx}/24//64`);
      this.addMx(domain, chosen);
    }
    if (this.random.chance(0.2)) {
      const host = `mail.${domain}`;
      terms.push(this.random.chance(0.5) ? `a:${host}` : `a:${host}/24//64`);
      this.addresses(host);
    }
    if (this.random.chance(0.5)) {
      // A few /32s among wider ranges, as real records mix them (subito.it's 17 ip4).
      terms.push(...this.ip4s(this.random.int(1, 17), 24, 32));
    }
    if (this.random.chance(0.2)) terms.push(...this.ip6s(this.random.int(1, 4), 44, 64));
    return terms;
  }

  /** Mailboxes at Google (shared MX hosts), at Microsoft (one host, IPv4 only) or at home. */
  private addMx(domain: string, chosen: readonly Provider[]): void {
    const mailboxes = chosen.find((p) => p.mailboxes !== undefined)?.mailboxes;
    if (mailboxes === 'google') {
      this.push(
        domain,
        ...GOOGLE_MX.map((host, i): ZoneEntry => ({ MX: [i === 0 ? 1 : 5 + i * 5, host] })),
      );
      return;
    }
    if (mailboxes === 'outlook') {
      const host = `${domain.replace(/\./g, '-')}.mail.protection.outlook.com`;
      this.push(domain, { MX: [0, host] });
      this.push(host, { A: this.address4() });
      return;
    }
    const hosts = this.random.int(1, 3);
    for (let i = 1; i <= hosts; i += 1) {
      const host = `mx${i}.${domain}`;
      this.push(domain, { MX: [i * 10, host] });
      this.addresses(host);
    }
  }

  /** One SPF record (split into strings of at most 255 bytes) plus `extraTxt` other TXT records. */
  private spf(name: string, terms: readonly string[], all: string, extraTxt = 0): void {
    const text = ['v=spf1', ...terms, ...(all === '' ? [] : [all])].join(' ');
    // As TXT, not SPF: zonedata serves SPF entries as TXT only at names without TXT entries.
    this.push(name, { TXT: splitAtSpaces(text) });
    this.txt(name, extraTxt);
  }

  /** Verification records, ~70 bytes each, as apexes collect them. */
  private txt(name: string, count: number): void {
    for (let i = 0; i < count; i += 1) {
      const prefix = this.random.pick(VERIFICATION_PREFIXES);
      this.push(name, { TXT: `${prefix}${this.token(44)}` });
    }
  }

  /** An A and (mostly) an AAAA record. */
  private addresses(host: string): void {
    this.push(host, { A: this.address4() });
    if (this.random.chance(0.7)) this.push(host, { AAAA: this.address6() });
  }

  private push(name: string, ...entries: ZoneEntry[]): void {
    (this.zonedata[name] ??= []).push(...entries);
  }

  private ip4s(count: number, shortest: number, longest: number): string[] {
    return Array.from({ length: count }, () => `ip4:${this.network(4, shortest, longest)}`);
  }

  private ip6s(count: number, shortest: number, longest: number): string[] {
    return Array.from({ length: count }, () => `ip6:${this.network(6, shortest, longest)}`);
  }

  /** A canonical network (no host bits: real records rarely have them); a /32 is written bare. */
  private network(family: Family, shortest: number, longest: number): string {
    const prefix = this.random.int(shortest, longest);
    const { cidr } = makeCidr(family, this.unicast(family), prefix);
    return family === 4 && prefix === 32 ? formatAddress(4, cidr.network) : formatCidr(cidr);
  }

  private address4(): string {
    return formatAddress(4, this.unicast(4));
  }

  private address6(): string {
    return formatAddress(6, this.unicast(6));
  }

  /** IPv4 with a first octet of 11-222 but not 127; IPv6 under 2a00::/12. */
  private unicast(family: Family): bigint {
    const word = (): bigint => BigInt(this.random.int(0, 0xffffffff));
    if (family === 4) {
      const first = this.random.int(11, 222);
      return (BigInt(first === 127 ? 128 : first) << 24n) | (word() & 0xffffffn);
    }
    const top = (0x2a00n + BigInt(this.random.int(0, 0xf))) << 16n;
    return ((top | (word() & 0xffffn)) << 96n) | (word() << 64n) | (word() << 32n) | word();
  }

  private token(length: number): string {
    return Array.from({ length }, () => this.random.pick(TOKEN_ALPHABET)).join('');
  }
}

/**
 * Splits a record into character-strings of at most 255 bytes at term
 * boundaries, each keeping its trailing space: SPF joins the strings without
 * adding any (RFC 7208 section 3.3), as long published records rely on.
 */
function splitAtSpaces(text: string): string[] {
  const strings: string[] = [];
  let current = '';
  for (const term of text.split(' ')) {
    const piece = current === '' ? term : ` ${term}`;
    // >=: the string keeps a trailing space, which must fit too.
    if (current.length + piece.length >= MAX_STRING) {
      strings.push(`${current} `);
      current = term;
    } else {
      current += piece;
    }
  }
  strings.push(current);
  return strings;
}
