// `npm run schema:emit`: writes schema/schema.graphql from the type-graphql classes.
// The file is committed; test/graphql/schema-drift.test.ts fails when it is stale.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { PROJECT_ROOT } from '../config';
import { buildGraphQLSchema } from './schema';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

const HEADER = '# Generated from the type-graphql classes in src/graphql by `npm run schema:emit`; do not edit.\n\n';

/** The SDL text that schema/schema.graphql must contain. */
export function schemaText(): string {
  return `${HEADER}${printSchema(buildGraphQLSchema())}\n`;
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, schemaText());
  process.stderr.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
