/**
 * `@hub/common/browser`: the role table and the workflow tables' shared rules, loading nothing else (no Node built-in,
 * no library), so the console's browser bundle shows a workflow's legal moves from the very table the subgraphs check
 * them with (console/src/screens/referral-moves.ts, whose unit test fails if it loads any package).
 */
export * from './domain/roles';
export * from './domain/partners';
export * from './domain/workflow-rules';
