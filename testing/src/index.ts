// Test helpers only: no production package depends on this one (hygiene test in tools/).
export * from './callers';
export * from './callers-by-role';
export * from './fuzz-requests';
export * from './global-setup';
export * from './http-client';
export * from './hub-process';
export * from './matrix-walk';
export * from './operation-for-field';
export * from './response-checks';
export * from './stored-enums';
export * from './table-lock';
export * from './test-database';
export * from './test-subgraphs';
export * from './transition-verdicts';
export * from './peer-subgraph';
export * from './export-part';
export * from './webhook-receiver';
