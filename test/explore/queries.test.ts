// The explorer's GraphQL documents against the committed schema (schema/schema.graphql,
// emitted from the type-graphql classes): a field renamed in the API fails here.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import * as queries from '../../src/explore/web/queries';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));

const documents: [string, string][] = [
  ...Object.entries(queries as Record<string, unknown>).flatMap(([name, q]): [string, string][] => (typeof q === 'string' ? [[name, q]] : [])),
  ...Object.entries(queries.EDGE_EVIDENCE_QUERIES).map(([type, q]): [string, string] => [`edge evidence ${type}`, q]),
];

describe('explorer queries', () => {
  it('covers every document the page sends', () => {
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['SEARCH', 'NEIGHBORHOOD', 'PATH', 'PERSON', 'MEETING', 'edge evidence HOLDS']));
  });

  it.each(documents)('%s is valid against the API schema', (_name, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
