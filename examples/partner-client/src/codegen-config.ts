import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The package root, from src/ or dist/ alike. */
const root = path.resolve(__dirname, '..');
/** Where codegen writes and which contract it reads; the environment may point both elsewhere (the freshness test does). */
const outputDir = process.env.GGZ_CODEGEN_OUT ?? path.join(root, 'src/gql');
const contract = process.env.GGZ_CODEGEN_SCHEMA ?? path.join(root, '../../schema/contracts/partner-ggz.graphql');

/**
 * Codegen against the GGZ contract schema (what a `partner:ggz` token may select), never the supergraph: a document
 * that selects a field the contract lacks fails here, at build time, instead of with FORBIDDEN at run time. In a
 * partner's own repository the schema comes from `GET /schema.graphql` with the partner's token.
 */
const config: CodegenConfig = {
  schema: contract,
  documents: [path.join(root, 'src/documents/*.graphql')],
  generates: {
    [`${outputDir}/`]: {
      preset: 'client',
      presetConfig: {
        // persisted-documents.json: { "<sha256>": "<document>" }, the manifest Kadera registers as trusted documents.
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
