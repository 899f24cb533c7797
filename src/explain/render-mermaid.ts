// The include/redirect graph of one or more sender domains as a Mermaid
// flowchart (GitHub renders ```mermaid blocks in job summaries and PRs).

import type { RecordTrace } from '../spf/trace.js';

export function renderMermaid(traces: readonly RecordTrace[]): string {
  const ids = new Map<string, string>();
  const nodes: string[] = [];
  const edges = new Set<string>();
  const idOf = (name: string): string => {
    let id = ids.get(name);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(name, id);
      nodes.push(`  ${id}["${name.replace(/"/g, '#quot;')}"]`);
    }
    return id;
  };
  const visit = (trace: RecordTrace): void => {
    const from = idOf(trace.name);
    for (const term of trace.terms) {
      if (!term.child) continue;
      const label = term.term.startsWith('redirect=') ? 'redirect' : term.term.replace(/:.*/, '');
      edges.add(`  ${from} -->|${label.replace(/[|"]/g, '')}| ${idOf(term.child.name)}`);
      visit(term.child);
    }
  };
  for (const trace of traces) visit(trace);
  return ['flowchart LR', ...nodes, ...edges].join('\n') + '\n';
}
