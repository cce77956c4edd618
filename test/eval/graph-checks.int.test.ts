// The graph-level checks (npm run eval:graph) over a real Neo4j: an invented town article
// with a bare post no body is named for, a caption before a title, a county official, and a
// meeting it only cites; each check sees what it is for, and only that.
import { Graph } from '../../src/graph/driver';
import { deleteArticle, ingestTexts } from '../../src/ingest';
import { articleId } from '../../src/ingest/keys';
import { applySchema } from '../../src/graph/schema';
import { graphChecks, startsWithVerb, type Check } from '../../scripts/graph-checks';
import { cjkTag, runTag } from '../graph/helpers';
import { useTestStatements } from '../cypher';

const tag = runTag();
const town = `${cjkTag()}镇`;
const source = `graph-checks-${tag}.txt`;
const text = [
  `${town}第七届人民代表大会第三次会议召开`,
  '发布时间:2025-01-10',
  // (under a county the gazetteer lists: the county's bodies have a county-level place)
  `1月9日,安吉县${town}第七届人民代表大会第三次会议召开。镇人大主席周明远主持会议。`,
  `图2${town}镇长林秀华作政府工作报告。`,
  '县委常委、副县长顾言章出席会议并讲话。',
  '韩立书记对下一步工作提出了要求。',
  `会议听取了${town}第七届人民代表大会第二次会议代表建议办理情况的报告。`,
  `（测试稿${tag}）`,
].join('\n');
let graph: Graph;
let checks: Check[];
let ofArticle: { posts: string[]; meetings: string[] };

const rowsOf = (name: string) => checks.find((c) => c.name === name)!.rows.filter((r) => JSON.stringify(r).includes(source) || JSON.stringify(r).includes(town));

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  await ingestTexts(graph, [{ text, source }]);
  checks = await graphChecks(graph);
  useTestStatements();
  const [row] = await graph.read('test/eval/posts-and-meetings-of-article', { source });
  ofArticle = { posts: [...(row.posts as string[])].sort(), meetings: row.meetings as string[] };
});

afterAll(async () => {
  await deleteArticle(graph, articleId(text));
  await graph.close();
});

describe('graph checks', () => {
  it('lists the post no body is named for, and not the captioned mayor', () => {
    const unknown = rowsOf('posts-on-unknown-body');
    expect(unknown.map((r) => r.person)).toEqual(['韩立']);
    expect(unknown[0].sentence).toContain('韩立书记');
  });

  it('finds no town official on the county, and leaves the county’s own official there', () => {
    expect(rowsOf('town-posts-on-higher-bodies')).toEqual([]);
    // (the county official's posts are on county bodies, the town's on the town's: the check had rows to see)
    expect(ofArticle.posts.filter((p) => p.startsWith('顾言章'))).toEqual(['顾言章 副县长 @ county', '顾言章 县委常委 @ county']);
    expect(ofArticle.posts.filter((p) => p.startsWith('周明远'))).toEqual(['周明远 镇人大主席 @ town']);
  });

  it('finds no meeting without a fact: the cited session is no node', () => {
    expect(checks.find((c) => c.name === 'meetings-without-facts')!.rows.filter((r) => String(r.name).includes(town))).toEqual([]);
    // (the session held is a node, the one only cited is not)
    expect(ofArticle.meetings).toEqual([`安吉县${town}第七届人民代表大会第三次会议`]);
  });

  it('tells a title led by a verb from a post whose first morpheme reads as one', () => {
    expect(startsWithVerb('审查代表资格委员会委员')).toBe(true);
    expect(startsWithVerb('执行主席')).toBe(false);
    expect(startsWithVerb('组织委员')).toBe(false);
    expect(startsWithVerb('党委书记')).toBe(false);
  });
});
