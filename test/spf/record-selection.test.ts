import { describe, expect, it } from 'vitest';
import { selectSpfRecord, type SelectedRecord } from '../../src/spf/record-selection.js';

const verificationRecords = Array.from({ length: 20 }, (_, index) => [
  `google-site-verification=token${index}`,
]);

describe('selectSpfRecord', () => {
  const cases: [string, string[][], SelectedRecord][] = [
    ['a bare version tag', [['v=spf1']], { kind: 'record', text: 'v=spf1' }],
    ['an upper-case version tag', [['V=SPF1 mx']], { kind: 'record', text: 'V=SPF1 mx' }],
    ['a mixed-case version tag', [['v=SpF1 ~all']], { kind: 'record', text: 'v=SpF1 ~all' }],
    ['"v=spf10"', [['v=spf10']], { kind: 'none' }],
    ['"v=spf1x"', [['v=spf1x -all']], { kind: 'none' }],
    ['"v=spf1" then a tab', [['v=spf1\t-all']], { kind: 'none' }],
    ['a leading space', [[' v=spf1 -all']], { kind: 'none' }],
    ['"v=spf3"', [['v=spf3 !a:yahoo.com -all']], { kind: 'none' }],
    [
      'strings joined without spaces: "v=spf1 " + "mx"',
      [['v=spf1 ', 'mx']],
      { kind: 'record', text: 'v=spf1 mx' },
    ],
    [
      'strings joined without spaces: "v=spf1" + " mx"',
      [['v=spf1', ' mx']],
      { kind: 'record', text: 'v=spf1 mx' },
    ],
    ['strings joined without spaces: "v=spf1" + "mx"', [['v=spf1', 'mx']], { kind: 'none' }],
    [
      'a range split across strings',
      [['v=spf1 ip4:1.2.3.4', '/24 -all']],
      { kind: 'record', text: 'v=spf1 ip4:1.2.3.4/24 -all' },
    ],
    [
      'two SPF records',
      [['v=spf1 -all'], ['V=sPf1 +all']],
      { kind: 'multiple', texts: ['v=spf1 -all', 'V=sPf1 +all'] },
    ],
    [
      'two identical SPF records',
      [['v=spf1 -all'], ['v=spf1 -all']],
      { kind: 'multiple', texts: ['v=spf1 -all', 'v=spf1 -all'] },
    ],
    [
      'one SPF record among 20 verification TXTs',
      [
        ...verificationRecords.slice(0, 10),
        ['v=spf1 include:_spf.google.com ~all'],
        ...verificationRecords.slice(10),
      ],
      { kind: 'record', text: 'v=spf1 include:_spf.google.com ~all' },
    ],
    ['none among 20 verification TXTs', verificationRecords, { kind: 'none' }],
    ['no TXT records', [], { kind: 'none' }],
    [
      'a TXT record with no strings',
      [[], ['v=spf1 ip4:', '192.0.2.5 -all']],
      { kind: 'record', text: 'v=spf1 ip4:192.0.2.5 -all' },
    ],
    [
      'non-ASCII text in another record',
      [['v=spf1 a:example.net -all'], ['\u0096']],
      { kind: 'record', text: 'v=spf1 a:example.net -all' },
    ],
    [
      '"v=spf10" beside "v=spf1 mx"',
      [['v=spf10'], ['v=spf1 mx']],
      { kind: 'record', text: 'v=spf1 mx' },
    ],
  ];

  it.each(cases)('%s', (_label, records, expected) => {
    expect(selectSpfRecord(records)).toEqual(expected);
  });
});
