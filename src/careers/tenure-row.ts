// A row of cypher/export/memberships-page.cypher or cypher/api/career.cypher → the tenure it tells.
import type { Native } from '../graph/values';
import { isSingleHolderTitle, Tenure, tenureOf } from './tenure';

type Obj = { [key: string]: Native };

const objects = (v: Native): Obj[] => (Array.isArray(v) ? v.filter((x): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x)) : []);
const text = (v: Native | undefined): string | null => (typeof v === 'string' && v ? v : null);
const sighting = (o: Obj) => ({ date: text(o.date), text: text(o.text), articleId: text(o.articleId) });

export function tenureFromRow(row: { [key: string]: Native }): Tenure {
  const title = text(row.title);
  const successors = Array.isArray(row.successors) ? row.successors.flatMap((s) => objects(s as Native)) : [];
  return tenureOf({
    holds: objects(row.holds).map((o) => ({ ...sighting(o), title: text(o.title) })),
    left: objects(row.left).map((o) => ({ ...sighting(o), how: text(o.how) })),
    elected: objects(row.elected).map((o) => ({ ...sighting(o), mode: text(o.mode) })),
    successors: successors.map((o) => ({ ...sighting(o), person: String(o.person) })),
    singleHolder: title !== null && isSingleHolderTitle(title),
  });
}
