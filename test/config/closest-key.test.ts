import { describe, expect, it } from 'vitest';
import { closestKey, editDistance } from '../../src/config/closest-key.js';

const TOP = ['senders', 'hosts', 'static', 'outputs', 'ipv4', 'ipv6', 'strict', 'dns'];

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['sender', 'senders', 1],
    ['kitten', 'sitting', 3],
    ['timout', 'timeout', 1],
  ])('%j to %j is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('closestKey', () => {
  it.each([
    ['sender', 'senders'],
    ['Senders', 'senders'],
    ['host', 'hosts'],
    ['ip4', 'ipv4'],
    ['output', 'outputs'],
    ['statics', 'static'],
    ['domains', undefined],
    ['x', undefined],
  ])('%s suggests %s', (typed, expected) => {
    expect(closestKey(typed, TOP)).toBe(expected);
  });
});
