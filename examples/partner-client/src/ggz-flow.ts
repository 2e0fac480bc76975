import { pollChangedHandoffs, type PollState } from './changed-since';
import {
  AddHandoffNoteDocument,
  HandoffDocument,
  TransitionHandoffDocument,
  type HandoffOutcomeInput,
  type HandoffStatus,
  type HandoffSummaryFragment,
} from './gql/graphql';
import { createHubClient, type HubClient, type HubClientOptions } from './hub-client';
import { HandoffConflictError } from './hub-errors';

/** Whether we take a handoff on; a rejection needs a reason (the hub refuses one without). */
export type Decision = { accept: true } | { accept: false; reason: string };

export interface GgzFlowOptions extends HubClientOptions {
  /** Where the last run stopped (initialPollState() on the first run). */
  state: PollState;
  /** Our own intake check for a new handoff; default: accept. */
  decide?: (handoff: HandoffSummaryFragment) => Promise<Decision>;
  /** The outcome we report when the care is done; default: successful, GOAL_REACHED. */
  outcome?: HandoffOutcomeInput;
}

/** What one run did, by handoff id (ids only: nothing about the client). */
export interface GgzFlowReport {
  /** Every handoff version this run read as changed by someone else, in the order the hub gave them. */
  seen: Array<{ id: string; status: HandoffStatus; updatedAt: string }>;
  accepted: string[];
  rejected: string[];
  completed: string[];
  /** Handoffs someone else moved while we were working on them, with the status we found on re-reading (null: gone from our view). */
  movedByOthers: Array<{ id: string; status: HandoffStatus | null }>;
  /** Keep this for the next run. */
  state: PollState;
}

/**
 * Statuses in which the hub waits for our answer (docs/workflows.md: the partner accepts or rejects). The hub's test
 * of this example checks it against the hub's own list (AWAITING_RESPONSE in handoff.workflow.ts).
 */
export const AWAITING_OUR_RESPONSE: readonly HandoffStatus[] = ['REQUESTED', 'RECEIVED'];
/** Polls after our own moves, to step past their echo; more means others keep changing our handoffs. */
const MAX_ROUNDS = 10;

/**
 * The GGZ partner's loop: read what changed since the last run, acknowledge each new handoff (RECEIVED), decide,
 * accept (ACCEPTED) with a note to Kadera, start (IN_PROGRESS) and, in this example, complete it (COMPLETED) with an
 * outcome. A move refused because someone else moved the handoff first is resolved by re-reading it: if it is where
 * we wanted it, go on; otherwise leave it and report it. Our own moves change `updatedAt`, so the run polls again
 * until a poll brings nothing but its own changes: the state it returns then starts after them.
 */
export async function runGgzFlow(options: GgzFlowOptions): Promise<GgzFlowReport> {
  const client = createHubClient(options);
  const decide = options.decide ?? (async () => ({ accept: true }) as const);
  const outcome = options.outcome ?? { successful: true, reasonCode: 'GOAL_REACHED' };
  const report: GgzFlowReport = { seen: [], accepted: [], rejected: [], completed: [], movedByOthers: [], state: options.state };
  // The updatedAt of each handoff as our last move left it: seeing that version again is our own echo.
  const ours = new Map<string, string>();

  const move = async (handoff: HandoffSummaryFragment, to: HandoffStatus, extra: { reason?: string; outcome?: HandoffOutcomeInput } = {}) => {
    try {
      const moved = (await client.request(TransitionHandoffDocument, { input: { handoffId: handoff.id, to, ...extra } })).transitionHandoff;
      ours.set(moved.id, moved.updatedAt);
      return true;
    } catch (error) {
      if (!(error instanceof HandoffConflictError)) throw error;
      return resolveConflict(client, handoff.id, to, report, ours);
    }
  };

  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const polled = await pollChangedHandoffs(client, report.state);
    report.state = polled.state;
    const fresh = polled.handoffs.filter((h) => ours.get(h.id) !== h.updatedAt);
    if (fresh.length === 0) break;
    report.seen.push(...fresh.map(({ id, status, updatedAt }) => ({ id, status, updatedAt })));
    for (const handoff of fresh) {
      if (!AWAITING_OUR_RESPONSE.includes(handoff.status)) continue;
      if (handoff.status === 'REQUESTED' && !(await move(handoff, 'RECEIVED'))) continue;
      const decision = await decide(handoff);
      if (!decision.accept) {
        if (await move(handoff, 'REJECTED', { reason: decision.reason })) report.rejected.push(handoff.id);
        continue;
      }
      if (!(await move(handoff, 'ACCEPTED'))) continue;
      report.accepted.push(handoff.id);
      await client.request(AddHandoffNoteDocument, {
        // The same key on a rerun returns the first note instead of writing a second.
        input: { handoffId: handoff.id, text: 'Accepted by our intake team; we will plan the first appointment.', idempotencyKey: `accepted:${handoff.id}` },
      });
      if (!(await move(handoff, 'IN_PROGRESS'))) continue;
      if (await move(handoff, 'COMPLETED', { outcome })) report.completed.push(handoff.id);
    }
  }
  return report;
}

/** Someone moved the handoff first: re-read it. Already where we wanted it (a colleague did it): go on. Otherwise stop. */
async function resolveConflict(client: HubClient, id: string, wanted: HandoffStatus, report: GgzFlowReport, ours: Map<string, string>): Promise<boolean> {
  const current = (await client.request(HandoffDocument, { id })).handoff;
  if (current?.status === wanted) {
    ours.set(id, current.updatedAt);
    return true;
  }
  report.movedByOthers.push({ id, status: current?.status ?? null });
  if (current) ours.set(id, current.updatedAt);
  return false;
}
