import path from 'node:path';
import { CONTACT_DUE_DEFAULTS, CONTACT_DUE_SETTINGS, closedStatuses, Priority, REASON_REQUIRED, Side, type TransitionRule } from '@hub/common';
import { AWAITING_RESPONSE, HANDOFF_TRANSITIONS, HandoffStatus, OUTCOME_ALLOWED, OUTCOME_REQUIRED } from '@hub/handoffs/dist/handoff.workflow';
import { WAITLIST_TRANSITIONS, WaitlistStatus } from '@hub/placements/dist/waitlist.workflow';
import { AWAITING_CONTACT, REFERRAL_TRANSITIONS, ReferralStatus } from '@hub/referrals/dist/referral.workflow';

/** docs/workflows.md, from gateway/dist/workflows. */
export const WORKFLOWS_DOC_PATH = path.resolve(__dirname, '../../../docs/workflows.md');

interface WorkflowDoc {
  /** The marker name in docs/workflows.md. */
  name: string;
  source: string;
  rules: readonly TransitionRule<string>[];
  statuses: Record<string, string>;
  /** How a new one comes into being, for the diagram. */
  start: { status: string; label: string };
  /** An extra column, when the workflow has more to say per move (the rule's index in its table). */
  extra?: { header: string; cell: (to: string, index: number) => string };
  /** The statuses still waiting for an answer (a work queue's "not yet answered"), and what that means. */
  awaiting?: { statuses: readonly string[]; meaning: string };
}

const WORKFLOWS: WorkflowDoc[] = [
  {
    name: 'referral',
    source: 'REFERRAL_TRANSITIONS in subgraphs/referrals/src/referral-transitions.ts',
    rules: REFERRAL_TRANSITIONS,
    statuses: ReferralStatus,
    start: { status: ReferralStatus.REQUESTED, label: 'submitReferral' },
    awaiting: {
      statuses: AWAITING_CONTACT,
      meaning: "waiting for Kadera's answer (`AWAITING_CONTACT`, before ACCEPTED, REJECTED or ON_HOLD): `overdue` and the contact queue",
    },
  },
  {
    name: 'handoff',
    source: 'HANDOFF_TRANSITIONS in subgraphs/handoffs/src/handoff.workflow.ts',
    rules: HANDOFF_TRANSITIONS,
    statuses: HandoffStatus,
    start: { status: HandoffStatus.REQUESTED, label: 'createHandoff (Kadera, consent checked)' },
    awaiting: {
      statuses: AWAITING_RESPONSE,
      meaning: "waiting for the partner's response (`AWAITING_RESPONSE`, before it accepts or rejects): `overdue` and the overdue queue",
    },
    extra: {
      header: 'outcome',
      cell: (to) => {
        const success = OUTCOME_REQUIRED.get(to as HandoffStatus);
        if (success !== undefined) return `required, \`successful: ${success}\``;
        return OUTCOME_ALLOWED.has(to as HandoffStatus) ? 'optional, `successful: false`' : 'refused';
      },
    },
  },
  {
    name: 'waitlist',
    source: 'WAITLIST_TRANSITIONS in subgraphs/placements/src/waitlist.workflow.ts',
    rules: WAITLIST_TRANSITIONS,
    statuses: WaitlistStatus,
    start: { status: WaitlistStatus.WAITING, label: 'admitClient, unit full' },
    extra: { header: 'how', cell: (_to, index) => WAITLIST_TRANSITIONS[index].via },
  },
];

const SIDE_NAMES: Partial<Record<Side, string>> = { [Side.KADERA]: 'Kadera' };
const sideName = (side: Side) => SIDE_NAMES[side] ?? side.toLowerCase();
const code = (values: readonly string[]) => values.map((value) => `\`${value}\``);
const list = (values: readonly string[]) => (values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`);

const begin = (workflow: WorkflowDoc) => `<!-- workflow ${workflow.name}: generated from ${workflow.source} by \`npm run docs:workflows\` -->`;
const end = (workflow: WorkflowDoc) => `<!-- /workflow ${workflow.name} -->`;

/** Moves into ENTERED_IN_ERROR are corrections from almost anywhere: in the table, not in the diagram. */
const CORRECTION = 'ENTERED_IN_ERROR';

/** The table (one row per rule), the closed statuses and a diagram of one workflow. */
function renderWorkflow(workflow: WorkflowDoc): string {
  const header = ['from', 'to', 'who', 'reason required', ...(workflow.extra ? [workflow.extra.header] : [])];
  const rows = workflow.rules.map((rule, index) => [
    rule.from.join(', '),
    rule.to,
    rule.by.join(', '),
    REASON_REQUIRED.has(rule.to) ? 'yes' : 'no',
    ...(workflow.extra ? [workflow.extra.cell(rule.to, index)] : []),
  ]);
  const edges = new Map<string, { sides: Side[]; reason: boolean }>();
  for (const rule of workflow.rules) {
    if (rule.to === CORRECTION) continue;
    for (const from of rule.from) {
      const edge = edges.get(`${from} --> ${rule.to}`) ?? { sides: [], reason: REASON_REQUIRED.has(rule.to) };
      edge.sides.push(...rule.by.filter((side) => !edge.sides.includes(side)));
      edges.set(`${from} --> ${rule.to}`, edge);
    }
  }
  const corrections = workflow.rules.filter((rule) => rule.to === CORRECTION);
  const closed = closedStatuses(workflow.statuses);
  return [
    begin(workflow),
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    ...(closed.length ? ['', `Closed statuses: ${list(code(closed))}.`] : []),
    ...(workflow.awaiting ? ['', `Statuses ${workflow.awaiting.meaning}: ${list(code(workflow.awaiting.statuses))}.`] : []),
    '',
    '```mermaid',
    'stateDiagram-v2',
    `  [*] --> ${workflow.start.status}: ${workflow.start.label}`,
    ...[...edges].map(([edge, { sides, reason }]) => `  ${edge}: ${sides.map(sideName).join(' or ')}${reason ? ', reason' : ''}`),
    '```',
    ...(corrections.length
      ? ['', `(\`${CORRECTION}\`, by ${list([...new Set(corrections.flatMap((rule) => rule.by))].map(sideName))} with a reason, is left out of the diagram.)`]
      : []),
    '',
    end(workflow),
  ].join('\n');
}

const CONTACT_DUE_BEGIN = '<!-- contact-due: generated from CONTACT_DUE_DEFAULTS in subgraphs/common/src/domain/contact-due.ts by `npm run docs:workflows` -->';
const CONTACT_DUE_END = '<!-- /contact-due -->';

/** The contact-due periods per priority, their settings and defaults. */
function renderContactDue(): string {
  const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  return [
    CONTACT_DUE_BEGIN,
    '',
    '| priority | contact due after (default) | setting |',
    '| --- | --- | --- |',
    ...Object.values(Priority).map((priority) => `| ${priority} | ${days(CONTACT_DUE_DEFAULTS[priority])} | \`${CONTACT_DUE_SETTINGS[priority]}\` |`),
    '',
    CONTACT_DUE_END,
  ].join('\n');
}

function replaceSection(text: string, begin: string, end: string, fresh: string): string {
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start < 0 || stop < start) throw new Error(`docs/workflows.md has no section ${begin} ... ${end}`);
  return text.slice(0, start) + fresh + text.slice(stop + end.length);
}

/** docs/workflows.md with every generated workflow section (and the contact-due table) replaced by a fresh one. */
export function withFreshWorkflows(doc: string): string {
  const withContactDue = replaceSection(doc, CONTACT_DUE_BEGIN, CONTACT_DUE_END, renderContactDue());
  return WORKFLOWS.reduce((text, workflow) => {
    const start = text.indexOf(begin(workflow));
    const stop = text.indexOf(end(workflow));
    if (start < 0 || stop < start) throw new Error(`docs/workflows.md has no ${workflow.name} section (${begin(workflow)} ... ${end(workflow)})`);
    return text.slice(0, start) + renderWorkflow(workflow) + text.slice(stop + end(workflow).length);
  }, withContactDue);
}
