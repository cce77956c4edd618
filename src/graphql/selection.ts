// Which fields a client selected below the field being resolved, so that a resolver reads
// only what is asked: `totalCount` of a list is counted only when selected, and a person's
// one-statement detail reads only the parts (posts, presided, …) the query uses.
// Fragments and inline fragments are followed; @skip/@include are ignored, which at worst
// reads a part that is then not returned.
import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected at `path` below the current field (`[]` = its own
 * subfields; `['edges', 'node']` = the fields of a connection's nodes).
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): ReadonlySet<string> {
  // graphql-js hands the same fieldNodes array to a field of every item of a list, so the
  // answer is worked out once per field of the query, not once per item.
  let byPath = memo.get(info.fieldNodes);
  if (!byPath) memo.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let fields = byPath.get(key);
  if (!fields) byPath.set(key, (fields = collect(info, path)));
  return fields;
}

const memo = new WeakMap<readonly FieldNode[], Map<string, Set<string>>>();

function collect(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(info, sets)
      .filter((f) => f.name.value === name)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return new Set(fieldsOf(info, sets).map((f) => f.name.value));
}

/** The fields of some selection sets, fragments spread. */
function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[], seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const set of sets) {
    for (const sel of set.selections) {
      if (sel.kind === 'Field') out.push(sel);
      else if (sel.kind === 'InlineFragment') out.push(...fieldsOf(info, [sel.selectionSet], seen));
      else {
        const name = sel.name.value;
        const fragment = info.fragments[name];
        if (!fragment || seen.has(name)) continue;
        seen.add(name);
        out.push(...fieldsOf(info, [fragment.selectionSet], seen));
      }
    }
  }
  return out;
}
