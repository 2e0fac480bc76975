import path from 'node:path';
import { MAX_COST_NODES, MAX_TOKENS, ROLE_LIMITS, ROLES, UNAUTHENTICATED_LIMIT, type OperationLimits } from '@hub/common/light';

export const SECURITY_DOC_PATH = path.resolve(__dirname, '../../../docs/security.md');
const BEGIN = '<!-- limits: generated from subgraphs/common/src/limits/role-limits.ts by `npm run docs:limits` -->';
const END = '<!-- /limits -->';

const OPERATION_COLUMNS: Array<[keyof OperationLimits, string]> = [
  ['depth', 'depth'],
  ['aliases', 'aliases'],
  ['rootFields', 'root fields'],
  ['directives', 'directives'],
  ['tokens', 'tokens'],
  ['listArgumentItems', 'list argument items'],
  ['cost', 'cost'],
];

const n = (value: number) => value.toLocaleString('en-GB');

/** The per-role table of docs/security.md, "Limits", from the one settings table. */
export function renderLimits(): string {
  const header = ['role', ...OPERATION_COLUMNS.map(([, label]) => label), 'per user (/s, burst)', 'per organisation (/s, burst)'];
  const rows = ROLES.map((role) => {
    const { operation, user, organisation } = ROLE_LIMITS[role];
    return [
      `\`${role}\``,
      ...OPERATION_COLUMNS.map(([key]) => n(operation[key])),
      `${n(user.perSecond)}, ${n(user.burst)}`,
      `${n(organisation.perSecond)}, ${n(organisation.burst)}`,
    ];
  });
  return [
    BEGIN,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Every caller: no document longer than ${n(MAX_TOKENS)} tokens is parsed; a cost estimate stops after visiting ` +
      `${n(MAX_COST_NODES)} fields (and refuses). Requests without a valid token: ${n(UNAUTHENTICATED_LIMIT.burst)} per source ` +
      `address, earned back at ${n(UNAUTHENTICATED_LIMIT.perSecond)} per second, then 429.`,
    '',
    END,
  ].join('\n');
}

/** docs/security.md with its generated limits section replaced by a fresh one. */
export function withFreshLimits(doc: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/security.md has no limits section (${BEGIN} ... ${END})`);
  return doc.slice(0, start) + renderLimits() + doc.slice(end + END.length);
}
