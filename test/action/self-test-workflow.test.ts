// Issue #5 "Done when": the self-test workflow runs this repository's Action
// with `uses: ./` in dry run on the example config. GitHub runs the workflow;
// this checks that it asks for exactly that, with inputs action.yml declares
// and a token that cannot write.

import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url).pathname;

interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
}

describe('.github/workflows/self-test.yml', () => {
  it('runs uses: ./ in dry run on the example config, read-only', async () => {
    const workflow = parse(
      await readFile(join(ROOT, '.github/workflows/self-test.yml'), 'utf8'),
    ) as Workflow;
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const self = steps.find((step) => step.uses === './');
    expect(self?.with).toMatchObject({ config: 'examples/spf-allowlist.yml', 'dry-run': true });
    await access(join(ROOT, 'examples/spf-allowlist.yml'));
    const declared = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    expect(Object.keys(declared.inputs)).toEqual(
      expect.arrayContaining(Object.keys(self?.with ?? {})) as unknown,
    );
    expect(Object.values(workflow.permissions)).not.toContain('write');
  });
});
