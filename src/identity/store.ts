// Identity resolution against the graph: reads the records of some name blocks, resolves
// them (cluster.ts) and writes the outcome as data: Person.identity, one IdentityDecision
// per compared pair with its reasons, and the users' IdentityJudgement nodes, which are
// keyed by person ids and so outlive a re-ingest that deletes and recreates the people.
import type { Graph, Row } from '../graph/driver';
import { isPlaced, Judgement, resolveIdentities, Resolution } from './cluster';
import { candidateCodes, placeHints } from './place-hints';
import { PersonRecord, scopeCode, scopePlaceName } from './record';

/** Names per read (a name block is read whole). */
const NAMES_PER_READ = 500;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : []);

export function toRecord(row: Row): PersonRecord {
  const id = String(row.id);
  const posts = (Array.isArray(row.posts) ? row.posts : []).map((p) => {
    const o = p as Record<string, unknown>;
    return {
      title: String(o.title ?? ''),
      orgType: typeof o.orgType === 'string' ? o.orgType : null,
      code: typeof o.code === 'string' && o.code ? o.code : null,
      observed: typeof o.observed === 'string' && o.observed ? o.observed : null,
    };
  });
  const own = scopeCode(id);
  const codes = [...new Set([...posts.map((p) => p.code).filter((c): c is string => c !== null), ...(own ? [own] : [])])];
  const bodies = [...new Set([...posts.map((p) => p.orgType).filter((t): t is string => t !== null && t !== 'other'), ...strings(row.meetingKinds)])];
  const unlisted = scopePlaceName(id);
  return {
    id,
    name: String(row.name),
    codes,
    articleCodes: strings(row.articleCodes),
    hintCodes: placeHints(strings(row.bodyNames)),
    candidateCodes: unlisted ? candidateCodes(unlisted) : [],
    articles: strings(row.articles),
    posts,
    colleagues: strings(row.colleagues),
    bodies,
  };
}

export async function readRecords(graph: Graph, names: readonly string[]): Promise<{ records: PersonRecord[]; judgements: Judgement[] }> {
  const records: PersonRecord[] = [];
  const judgements: Judgement[] = [];
  for (let i = 0; i < names.length; i += NAMES_PER_READ) {
    const chunk = names.slice(i, i + NAMES_PER_READ);
    for (const row of await graph.read('identity/person-records', { names: chunk })) records.push(toRecord(row));
    for (const row of await graph.read('identity/judgements-for-names', { names: chunk })) {
      if (row.verdict === 'same' || row.verdict === 'different') judgements.push({ a: String(row.a), b: String(row.b), verdict: row.verdict, note: typeof row.note === 'string' ? row.note : undefined });
    }
  }
  return { records, judgements };
}

/** The people the names of some articles name, plus the colleagues that place them: every name block they touch. */
/** The names two or more Person nodes bear (a name of one node has nothing to decide). */
async function sharedNames(graph: Graph, names: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += NAMES_PER_READ * 10) {
    for (const row of await graph.read('identity/shared-names', { names: names.slice(i, i + NAMES_PER_READ * 10) })) out.push(String(row.name));
  }
  return out;
}

export async function resolveNames(graph: Graph, names: Iterable<string>): Promise<Resolution & { records: PersonRecord[] }> {
  let block = (await sharedNames(graph, [...new Set(names)])).sort();
  let { records, judgements } = await readRecords(graph, block);
  // an article that names no place is placed by its colleagues: their blocks are read too
  const colleagues = new Set(records.filter((r) => !isPlaced(r)).flatMap((r) => r.colleagues));
  const inBlock = new Set(block);
  const extra = await sharedNames(graph, [...colleagues].filter((n) => !inBlock.has(n)));
  if (extra.length) {
    const more = await readRecords(graph, extra);
    records = [...records, ...more.records];
    judgements = [...judgements, ...more.judgements];
    block = [...block, ...extra].sort();
  }
  const resolution = resolveIdentities(records, judgements);
  // a name of one node is its own identity: written too, so that a name that was shared and
  // no longer is (an article deleted) does not keep a stale identity
  const single = [...new Set(names)].filter((n) => !inBlock.has(n) && !extra.includes(n));
  await writeResolution(graph, block, resolution);
  if (single.length) await clearIdentities(graph, single);
  return { ...resolution, records };
}

export async function writeResolution(graph: Graph, names: readonly string[], resolution: Resolution): Promise<void> {
  const nameOf = new Map<string, string>();
  const identities = [...resolution.identityOf].map(([id, identity]) => ({ id, identity }));
  const decisions = resolution.decisions.map((d) => {
    const name = nameOf.get(d.a) ?? d.a.slice(d.a.lastIndexOf('/') + 1);
    const user = d.strength === Infinity;
    return { id: `decision:${d.a}|${d.b}`, name, a: d.a, b: d.b, verdict: d.verdict, reasons: d.reasons, by: user ? 'user' : 'rules' };
  });
  await graph.writeTransaction(async (tx) => {
    for (let i = 0; i < names.length; i += NAMES_PER_READ) await graph.run(tx, 'identity/delete-decisions', { names: names.slice(i, i + NAMES_PER_READ) });
    for (let i = 0; i < identities.length; i += 5000) await graph.run(tx, 'identity/write-identities', { rows: identities.slice(i, i + 5000) });
    for (let i = 0; i < decisions.length; i += 5000) await graph.run(tx, 'identity/write-decisions', { rows: decisions.slice(i, i + 5000) });
  });
}

/** Names of one node: their identity is themselves, with no decisions left over. */
async function clearIdentities(graph: Graph, names: readonly string[]): Promise<void> {
  for (let i = 0; i < names.length; i += NAMES_PER_READ * 10) {
    const chunk = names.slice(i, i + NAMES_PER_READ * 10);
    await graph.writeTransaction(async (tx) => {
      await graph.run(tx, 'identity/delete-decisions', { names: chunk });
      await graph.run(tx, 'identity/clear-identities', { names: chunk });
    });
  }
}
