// A user's judgement on two Person nodes — "these two are one person", "these are different",
// or withdrawing an earlier one — in the manner of OpenSanctions' judgements: stored as data
// apart from the nodes, applied by every later resolution, and applied at once here by
// resolving the name block again.
import type { Graph } from '../graph/driver';
import { resolveNames } from './store';

export type JudgementVerdict = 'same' | 'different' | 'undo';

export class JudgementError extends Error {}

export interface JudgementOutcome {
  /** The identity of each of the two, after the judgement. */
  identities: { person: string; identity: string }[];
}

/** The id of a judgement: the two person ids in order, so (a, b) and (b, a) are one judgement. */
export function judgementId(a: string, b: string): string {
  return a < b ? `judgement:${a}|${b}` : `judgement:${b}|${a}`;
}

export async function judge(graph: Graph, a: string, b: string, verdict: JudgementVerdict, note?: string): Promise<JudgementOutcome> {
  if (a === b) throw new JudgementError('a judgement needs two different people');
  const rows = await graph.read('identity/persons-by-id', { ids: [a, b] });
  const names = new Map(rows.map((r) => [String(r.id), String(r.name)]));
  for (const id of [a, b]) if (!names.has(id)) throw new JudgementError(`no person with id '${id}'`);
  const name = names.get(a)!;
  if (names.get(b) !== name) throw new JudgementError(`identity is decided within one name: '${name}' and '${names.get(b)}' differ (judge people of the same name)`);
  const id = judgementId(a, b);
  if (verdict === 'undo') await graph.write('identity/delete-judgement', { id });
  else await graph.write('identity/merge-judgement', { id, name, a: a < b ? a : b, b: a < b ? b : a, verdict, note: note ?? null });
  const resolution = await resolveNames(graph, [name]);
  return { identities: [a, b].map((person) => ({ person, identity: resolution.identityOf.get(person) ?? person })) };
}
