// The statements identity resolution sends once per ingest, over every name the ingest
// touched, must find people through the name index: one seek per name. A plan that scans
// every Person with an identity (the identity index) once per name costs names × people,
// which at a hundred thousand articles is most of the ingest. Checked on the real planner,
// with people of identities in the graph so that the identity index is a tempting choice.
import { Graph } from '../../src/graph/driver';
import { cypher } from '../../src/graph/cypher';
import { applySchema } from '../../src/graph/schema';
import { cjkTag, query } from '../graph/helpers';

const tag = cjkTag(2);
const names = Array.from({ length: 40 }, (_, i) => `岑${tag}${String.fromCharCode(0x4e00 + i)}`);

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): { type: string; details: string }[] {
  const own = { type: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments.Details ?? '') };
  return [own, ...plan.children.flatMap(operators)];
}

async function planOf(name: string): Promise<{ type: string; details: string }[]> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const result = await session.run(`EXPLAIN ${cypher(name)}`, { names });
    return operators(result.summary.plan as unknown as PlanNode);
  } finally {
    await session.close();
  }
}

let graph: Graph;

beforeAll(async () => {
  graph = await Graph.connect();
  await applySchema(graph);
  // two people per name, each its own identity, as after a resolution that kept them apart
  await query(
    graph,
    'UNWIND $names AS name UNWIND [1, 2] AS i CREATE (:Person {id: "person:plan-test/" + name + "/" + i, name: name, identity: "person:plan-test/" + name + "/" + i})',
    { names },
  );
});

afterAll(async () => {
  await query(graph, 'MATCH (p:Person) WHERE p.id STARTS WITH "person:plan-test/" AND p.name IN $names DETACH DELETE p', { names });
  await graph.close();
});

it.each(['identity/clear-identities', 'identity/shared-names', 'identity/person-records'])('%s seeks each name in the Person name index and scans nothing', async (name) => {
  const plan = await planOf(name);
  expect(plan.filter((op) => /Scan$/.test(op.type)).map((op) => `${op.type} ${op.details}`)).toEqual([]);
  expect(plan.some((op) => op.type.startsWith('NodeIndexSeek') && op.details.includes('Person(name)'))).toBe(true);
});
