// Ranges in both lists (issue #9 scope 1): found once per address under the
// two blocks that list it, and shown in the review (markdown and JSON) and
// its headline; a review without deny: is what it always was.

import { describe, expect, it } from 'vitest';
import type { Allowlist, Block } from '../../src/allowlist/model.js';
import { formatCidr } from '../../src/cidr/format.js';
import type { SourceOutcome } from '../../src/decide/outcome.js';
import { diffAllowlists } from '../../src/review/diff.js';
import { describeOverlap, findOverlaps } from '../../src/review/overlaps.js';
import { buildReview, renderReviewMarkdown, reviewJson } from '../../src/review/review.js';
import { cidr } from '../support/sample-allowlist.js';

function block(kind: Block['kind'], name: string, ranges: string[]): Block {
  return {
    kind,
    name,
    stale: undefined,
    notes: [],
    groups: [{ origin: `${name}: record`, cidrs: ranges.map(cidr), shared: [] }],
  };
}

function list(...blocks: Block[]): Allowlist {
  return { configName: 'c.yml', sections: [{ name: 'senders', blocks }] };
}

function updated(name: string, kind: Block['kind'] = 'sender'): SourceOutcome {
  return {
    section: 'senders',
    kind,
    name,
    outcome: 'updated',
    reason: undefined,
    refused: [],
    flags: [],
    warnings: [],
  };
}

const ALLOW = list(
  block('sender', 'big.example', ['192.0.2.0/24', '2001:db8::/32']),
  block('sender', 'small.example', ['198.51.100.0/28']),
);

describe('findOverlaps', () => {
  it.each<[string, Allowlist, string[]]>([
    ['no common address', list(block('static', '203.0.113.0/24', ['203.0.113.0/24'])), []],
    [
      'a denied range inside an allowed one',
      list(block('host', 'bad.example', ['192.0.2.7/32'])),
      ['192.0.2.7/32 sender big.example | host bad.example'],
    ],
    [
      'a denied range covering parts of two allowed blocks, both families',
      list(block('static', 'wide', ['192.0.0.0/16', '198.51.100.0/24', '2001:db8:5::/48'])),
      [
        '192.0.2.0/24 sender big.example | static wide',
        '2001:db8:5::/48 sender big.example | static wide',
        '198.51.100.0/28 sender small.example | static wide',
      ],
    ],
    [
      'one allowed range denied by two blocks, each part once',
      list(
        block('sender', 'a.bad', ['192.0.2.0/25']),
        block('sender', 'b.bad', ['192.0.2.128/25']),
      ),
      [
        '192.0.2.0/25 sender big.example | sender a.bad',
        '192.0.2.128/25 sender big.example | sender b.bad',
      ],
    ],
  ])('%s', (_what, deny, expected) => {
    const found = findOverlaps(ALLOW, deny).map(
      (o) => `${formatCidr(o.cidr)} ${o.allowed} | ${o.denied}`,
    );
    expect(found).toEqual(expected);
  });

  it('describes one overlap with both sources and which entry wins', () => {
    const [overlap] = findOverlaps(ALLOW, list(block('host', 'bad.example', ['192.0.2.7/32'])));
    expect(describeOverlap(overlap!)).toBe(
      '192.0.2.7/32 is allowed (sender big.example) and denied (host bad.example); with the allowlist first in postscreen_access_list, the allow entry wins',
    );
  });
});

describe('the review with deny:', () => {
  const deny = list(block('host', 'bad.example', ['192.0.2.7/32', '203.0.113.9/32']));
  const allowOutcomes = [updated('big.example'), updated('small.example')];
  const denyOutcomes: SourceOutcome[] = [
    { ...updated('bad.example', 'host'), outcome: 'stale', reason: 'SERVFAIL', warnings: ['w'] },
  ];
  const review = buildReview(diffAllowlists(ALLOW, ALLOW), allowOutcomes, {
    diff: diffAllowlists(undefined, deny),
    outcomes: denyOutcomes,
    overlaps: findOverlaps(ALLOW, deny),
  });

  it('counts the denylist and the overlaps in the headline, and its outcomes in needs-attention', () => {
    expect(review.headline).toBe(
      'no range changes; deny: +2 / -0 ranges in 1 source, 1 stale; 1 range in both lists',
    );
    expect(review.needsAttention).toBe(true);
  });

  it('has a denylist section with its table, details and the ranges in both lists', () => {
    const markdown = renderReviewMarkdown(review);
    const at = (text: string) => markdown.indexOf(text);
    expect(markdown).toContain('No range changed.');
    expect(at('#### Denylist (`deny:`)')).toBeGreaterThan(at('No range changed.'));
    expect(markdown).toContain('- `host bad.example` **stale**: SERVFAIL');
    expect(markdown).toContain('| `host bad.example` | senders | stale | +2 / -0 |');
    expect(markdown).toContain('<code>host bad.example</code>: +2 / -0 ranges');
    expect(at('**In both lists** (1)')).toBeGreaterThan(at('<code>host bad.example</code>'));
    expect(markdown).toContain(
      '- `192.0.2.7/32`: allowed by `sender big.example`, denied by `host bad.example`',
    );
    expect(markdown).toContain('- `deny host bad.example`: w');
  });

  it('has the denylist and the overlaps in the JSON', () => {
    const json = JSON.parse(reviewJson(review)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'headline',
      'needsAttention',
      'rangesAdded',
      'rangesRemoved',
      'sources',
      'outcomes',
      'deny',
    ]);
    expect(json.deny).toMatchObject({
      rangesAdded: 2,
      rangesRemoved: 0,
      outcomes: [{ source: 'host bad.example', outcome: 'stale' }],
      overlaps: [
        { range: '192.0.2.7/32', allowed: 'sender big.example', denied: 'host bad.example' },
      ],
    });
  });

  it('without deny: is the review it always was', () => {
    const plain = buildReview(diffAllowlists(undefined, ALLOW), allowOutcomes);
    expect(plain.headline).toBe('+3 / -0 ranges in 2 sources');
    expect(plain).not.toHaveProperty('deny');
    expect(reviewJson(plain)).not.toContain('"deny"');
    expect(renderReviewMarkdown(plain)).not.toMatch(/Denylist|both lists/);
  });

  it('collapses the denylist details too when the body is over the limit', () => {
    const markdown = renderReviewMarkdown(review, 900);
    expect(markdown).toContain('Too long to show here.');
    expect(markdown).toContain('#### Denylist (`deny:`)');
    expect(markdown).toContain('**In both lists** (1)');
  });
});
