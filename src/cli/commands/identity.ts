// `kg identity`: who is who across articles.
//   kg identity show PERSON_ID                  the identity of a person and why (decisions, judgements)
//   kg identity same|different A B [--note T]   a user's judgement on two people of one name
//   kg identity undo A B                        withdraw it
//   kg identity resolve                         decide every name again (after a rules change)
import { parseArgs } from 'node:util';
import { closeGraph, getGraph } from '../../graph/driver';
import { applySchema } from '../../graph/schema';
import { judge, JudgementError } from '../../identity/judge';
import { resolveNames } from '../../identity/store';

const USAGE = 'usage: kg identity show PERSON_ID | same A B [--note TEXT] | different A B [--note TEXT] | undo A B | resolve';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { note: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (err) {
    process.stderr.write(`kg identity: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [action, ...ids] = parsed.positionals;
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const arity: Record<string, number> = { show: 1, same: 2, different: 2, undo: 2, resolve: 0 };
  if (!action || !(action in arity) || ids.length !== arity[action]) {
    process.stderr.write(`kg identity: ${action && action in arity ? `'${action}' takes ${arity[action]} person id(s)` : 'say what to do'}\n${USAGE}\n`);
    return 2;
  }
  try {
    const graph = await getGraph();
    await applySchema(graph);
    if (action === 'show') {
      const [row] = await graph.read('identity/identity-of', { id: ids[0] });
      if (!row) {
        process.stderr.write(`kg identity: no person with id '${ids[0]}'\n`);
        return 1;
      }
      process.stdout.write(`${JSON.stringify(row, null, 2)}\n`);
    } else if (action === 'resolve') {
      const names = (await graph.read('identity/all-names', {})).map((r) => String(r.name));
      const r = await resolveNames(graph, names);
      process.stdout.write(`resolved ${names.length} names: ${new Set(r.identityOf.values()).size} identities over ${r.identityOf.size} person nodes\n`);
    } else {
      const outcome = await judge(graph, ids[0], ids[1], action as 'same' | 'different' | 'undo', parsed.values.note);
      for (const i of outcome.identities) process.stdout.write(`${i.person} → ${i.identity}\n`);
    }
    return 0;
  } catch (err) {
    process.stderr.write(`kg identity: ${(err as Error).message}\n`);
    return err instanceof JudgementError ? 2 : 1;
  } finally {
    await closeGraph();
  }
}
