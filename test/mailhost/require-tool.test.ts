// test/support/require-tool.ts: a missing Debian tool skips locally and fails in CI.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { findTool, requireTool } from '../support/require-tool.js';

const MISSING = 'spf-allowlist-no-such-tool';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('requireTool', () => {
  it('is true for a tool on PATH', () => {
    expect(findTool('sh')).toMatch(/\/sh$/);
    expect(requireTool('sh')).toBe(true);
  });

  it('throws for a missing tool when CI=true', () => {
    vi.stubEnv('CI', 'true');
    expect(() => requireTool(MISSING)).toThrow(
      /CI=true and "spf-allowlist-no-such-tool" is not on PATH/,
    );
  });

  it('returns false and says why outside CI', () => {
    vi.stubEnv('CI', '');
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(requireTool(MISSING)).toBe(false);
    expect(String(write.mock.calls[0]?.[0])).toContain(`skipping the tests that need ${MISSING}`);
  });
});
