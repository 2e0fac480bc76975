import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The package root, from src/ or dist/ alike. */
const root = path.resolve(__dirname, '..');
/** Where codegen writes and which schema it reads; the environment may point both elsewhere (the freshness test does). */
const outputDir = process.env.CONSOLE_CODEGEN_OUT ?? path.join(root, 'src/gql');
const schema = process.env.CONSOLE_CODEGEN_SCHEMA ?? path.join(root, 'schema/staff.graphql');

/**
 * Codegen against the staff contract (what a `staff` token may select: console/schema/staff.graphql, checked against the
 * supergraph by a test). The partner screens' documents are checked, by console-documents.unit.test.ts, against every
 * partner contract as well, so no screen selects a field its role may not see.
 */
const config: CodegenConfig = {
  schema,
  documents: [path.join(root, 'src/documents/*.graphql')],
  generates: {
    [`${outputDir}/`]: {
      preset: 'client',
      presetConfig: {
        // persisted-documents.json: { "<sha256>": "<document>" }, the manifest to register as trusted documents.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', UUID: 'string' },
      },
    },
  },
};

export = config;
