/**
 * `@hub/common/light`: the part of @hub/common that loads none of the subgraphs' libraries (MikroORM,
 * knex, pg, type-graphql, class-validator, graphql-shield, graphql-middleware, reflect-metadata), for
 * the gateway and other light consumers. The index (`@hub/common`) exports all of it and the rest.
 * gateway/src/lean-imports.unit.test.ts keeps it so: a module here that starts importing one of them fails it.
 */
export * from './config';
export * from './config-warnings';
export * from './logger';
export * from './errors';
export * from './domain/partners';
export * from './domain/roles';
export * from './domain/caller';
export * from './domain/uuid';
export * from './demo/demo-data';
export * from './access/field-rules';
export * from './access/selection-access';
export * from './federation/supergraph-file';
export * from './audit/access-log-key';
export * from './audit/access-log-store';
export * from './audit/access-recorder';
export * from './limits/role-limits';
export * from './limits/list-size';
export * from './limits/operation-cost';
export * from './limits/operation-cost-plugin';
export * from './limits/operation-gate';
export * from './metrics/hub-metrics';
export * from './metrics/metrics-server';
export * from './metrics/request-metrics';
export * from './server/apollo-answer';
export * from './server/apollo-plugins';
export * from './server/http-server';
export * from './server/http-errors';
export * from './server/graphql-fast-path';
export { inputErrorsPlugin } from './server/input-errors';
export * from './server/internal-http';
export { SERVICE_STOPPED, type InProcessFetch } from './server/in-process';
export * from './server/internal-token';
export * from './server/internal-keys';
export * from './server/readiness';
export { RECORD_CLIENT_PATH, type RecordClientAnswer, type RecordClientQuestion } from './server/record-client-route';
export * from './server/request-checks';
export * from './server/request-id';
export * from './server/shutdown';
export * from './tracing/trace-context';
export * from './database/free-port';
export * from './domain/document-trust';
export * from './trusted-documents/application-owner';
export * from './trusted-documents/document-check';
export * from './trusted-documents/document-hash';
export * from './trusted-documents/manifest';
export * from './console-oidc-settings';
