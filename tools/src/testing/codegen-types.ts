import fs from 'node:fs';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import { buildSchema, parse } from 'graphql';

/**
 * `node codegen-types.js <schema.graphql>`: the TypeScript types GraphQL Code Generator
 * (`@graphql-codegen/typescript`) writes for a schema file, on stdout. Run as its own
 * process because the generator loads ES modules that Jest's module loader cannot.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node codegen-types.js <schema.graphql>');
  const sdl = fs.readFileSync(file, 'utf8');
  const output = await codegen({
    schema: parse(sdl),
    schemaAst: buildSchema(sdl),
    documents: [],
    filename: 'types.ts',
    config: {},
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
  });
  process.stdout.write(output);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
