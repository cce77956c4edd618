// schema/schema.graphql is what clients (and the explorer) read; it must be exactly what
// the type-graphql classes produce. Fix a failure with `npm run schema:emit`.
import fs from 'node:fs';
import { SCHEMA_FILE, schemaText } from '../../src/graphql/emit-schema';

it('schema/schema.graphql matches the type-graphql classes (run `npm run schema:emit`)', () => {
  expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
});

it('keeps the names the API promises', () => {
  const sdl = schemaText();
  for (const line of [
    'person(id: ID!): Person',
    'meeting(id: ID!): Meeting',
    'presidedBy: [Person!]!',
    'reports: [Report!]!',
    'endCursor: String',
    'hasNextPage: Boolean!',
    'totalCount: Int!',
  ]) {
    expect(sdl).toContain(line);
  }
  for (const name of ['people(', 'meetings(', 'search(', 'path(', 'neighborhood(', 'ingestArticle(', 'deleteArticle(']) expect(sdl).toContain(name);
});
