// The I/O floor of a resolution case (issue #7): the lookup plan's queries
// sent through a resolver in dependency order, each the moment the answer
// it waits for arrives, with no SPF work at all. Through the same cached and
// node resolvers as a run, in a process as cold as a run's, it measures what
// the sockets, c-ares and the fixture server cost on top of the delays, so a
// run's wall can be read against it as well as against the lower bound: the
// difference is what our SPF work costs the run.

import type { Resolve } from '../dns/port.js';
import type { LookupPlan, QueryKey } from './lookup-plan.js';

/** Resolves when every query of the plan has been answered. */
export async function sendPlan(plan: LookupPlan, resolve: Resolve): Promise<void> {
  const started = new Set<QueryKey>();
  const send = async (key: QueryKey): Promise<void> => {
    // A shared include is reached from many records; it is followed once.
    if (started.has(key)) return;
    started.add(key);
    const query = plan.queries.get(key);
    if (query === undefined) return;
    await resolve(query.name, query.type);
    await Promise.all(query.next.map(send));
  };
  await Promise.all(plan.roots.map(send));
}
