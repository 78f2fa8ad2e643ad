import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApiSchema } from '../app/schema';
import { printApiSchema } from '../core/graphql/schema';

/** `pnpm schema` writes schema.graphql from the resolvers; `--check` fails when the committed file is stale. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../../../schema.graphql');

async function main(): Promise<void> {
  const printed = printApiSchema(await buildApiSchema());
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== printed) {
      console.error('schema.graphql is stale: run `pnpm schema` and commit it');
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
    return;
  }
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

void main();
