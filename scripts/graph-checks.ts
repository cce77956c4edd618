// `npm run -s eval:graph`: the graph-level checks over what `kg ingest` made of a corpus
// (docs/quality.md, "Bodies at their own level"): town officials filed under a county or city
// body the text does not give them, posts on the placeholder 未知机构, titles that start with
// a verb, meetings that carry no fact. Prints each count and the offending rows; exits 1 with
// --strict when a count is not zero. The statements are the named files of eval/graph-checks/.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config';
import { addCypherRoot } from '../src/graph/cypher';
import { closeGraph, getGraph, type Graph, type Row } from '../src/graph/driver';
import { wordTag } from '../src/extract/lexicon/dictionary';

/** The level words of bodies above a town (县委, 区人大常委会, 市政府, 旗委, 州, 盟, 省). */
const LEVEL_WORDS = ['县', '区', '市', '旗', '州', '盟', '省'];

export interface Check {
  name: string;
  what: string;
  rows: Row[];
}

// posts whose first morpheme reads as a verb alone (执行, 组织, 选举, 审判): the whole is the post
const VERB_LED_POSTS = /^(?:执行主席|组织委员|宣传委员|纪检委员|选举委员会|审判委员会|检察委员会|监察委员会)/;

/** The first word of a title by the dictionary (longest first) is a verb: 审查人大代表资格委员会委员. */
export function startsWithVerb(title: string): boolean {
  if (VERB_LED_POSTS.test(title)) return false;
  for (let n = Math.min(4, title.length); n >= 2; n--) {
    const entry = wordTag(title.slice(0, n));
    if (entry) return n < title.length && (entry.tag === 'v' || entry.tag === 'vn');
  }
  return false;
}

/** Runs every check over the graph: each with its offending rows. */
export async function graphChecks(graph: Graph): Promise<Check[]> {
  addCypherRoot('graph-checks', path.join(PROJECT_ROOT, 'eval', 'graph-checks'));
  const titles = await graph.read('graph-checks/post-titles');
  return [
    { name: 'town-posts-on-higher-bodies', what: 'posts in town articles on a county/city body the text does not give them', rows: await graph.read('graph-checks/town-posts-on-higher-bodies', { levelWords: LEVEL_WORDS }) },
    { name: 'posts-on-unknown-body', what: 'posts on the placeholder organization 未知机构', rows: await graph.read('graph-checks/posts-on-unknown-body') },
    { name: 'titles-starting-with-verb', what: 'post titles whose first word is a verb of the dictionary', rows: titles.filter((r) => startsWithVerb(String(r.title))) },
    { name: 'meetings-without-facts', what: 'meetings that carry no fact', rows: await graph.read('graph-checks/meetings-without-facts') },
  ];
}

const shortSource = (key: string, value: unknown) =>
  key === 'article' && typeof value === 'string' ? path.basename(value) : key === 'sources' && Array.isArray(value) ? value.map((s) => path.basename(String(s))) : value;

async function run(strict: boolean): Promise<number> {
  const graph = await getGraph();
  let checks: Check[];
  try {
    checks = await graphChecks(graph);
  } finally {
    await closeGraph();
  }
  for (const c of checks) {
    console.log(`${c.name}: ${c.rows.length} (${c.what})`);
    for (const row of c.rows) console.log(`  ${JSON.stringify(row, shortSource)}`);
  }
  return strict && checks.some((c) => c.rows.length) ? 1 : 0;
}

if (require.main === module) {
  const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
  run(values.strict!).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`graph-checks: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(2);
    },
  );
}
