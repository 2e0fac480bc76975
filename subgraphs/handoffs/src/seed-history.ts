import { Side } from '@hub/common';
import { OutcomeReason } from './handoff-outcome';
import { HandoffStatus } from './handoff.workflow';

export interface DemoStep {
  to: HandoffStatus;
  side: Side;
  reason?: string;
  outcome?: { successful: boolean; reasonCode: OutcomeReason; note?: string };
}

const { REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, REJECTED, CANCELLED, FAILED, ENTERED_IN_ERROR } = HandoffStatus;
const kadera = (to: HandoffStatus, reason?: string): DemoStep => ({ to, side: Side.KADERA, reason });
const partner = (to: HandoffStatus, extra: Partial<DemoStep> = {}): DemoStep => ({ to, side: Side.PARTNER, ...extra });

const started = [kadera(REQUESTED), partner(RECEIVED), partner(ACCEPTED), partner(IN_PROGRESS)];

/** A legal path through the handoff workflow to each demo status, as the history shows it. */
export const DEMO_STEPS: Record<HandoffStatus, DemoStep[]> = {
  [REQUESTED]: [kadera(REQUESTED)],
  [RECEIVED]: [kadera(REQUESTED), partner(RECEIVED)],
  [ACCEPTED]: [kadera(REQUESTED), partner(RECEIVED), partner(ACCEPTED)],
  [IN_PROGRESS]: started,
  [ON_HOLD]: [...started, partner(ON_HOLD, { reason: 'Waiting list at the partner: first intake slot in three weeks' })],
  [COMPLETED]: [...started, partner(COMPLETED, { outcome: { successful: true, reasonCode: OutcomeReason.GOAL_REACHED } })],
  [REJECTED]: [
    kadera(REQUESTED),
    partner(RECEIVED),
    partner(REJECTED, {
      reason: 'Client lives outside our working area',
      outcome: { successful: false, reasonCode: OutcomeReason.NOT_ELIGIBLE },
    }),
  ],
  [CANCELLED]: [kadera(REQUESTED), partner(RECEIVED), kadera(CANCELLED, 'Client withdrew consent')],
  [FAILED]: [
    ...started,
    partner(FAILED, {
      reason: 'Client did not respond to three appointments',
      outcome: { successful: false, reasonCode: OutcomeReason.NO_CONTACT, note: 'Letters and calls, no answer' },
    }),
  ],
  [ENTERED_IN_ERROR]: [kadera(REQUESTED), kadera(ENTERED_IN_ERROR, 'Sent to the wrong organisation')],
};
