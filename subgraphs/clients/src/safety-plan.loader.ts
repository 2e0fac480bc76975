import { byKey, type RequestContext } from '@hub/common';
import { SafetyPlan } from './safety-plan.entity';

/** The safety plans of every client on a page in one query. */
export function safetyPlanByClientLoader(context: RequestContext) {
  return context.loader<string, SafetyPlan | null>('SafetyPlanByClient', async (clientIds) => {
    const rows = await context.em.find(SafetyPlan, { client: { $in: [...clientIds] } });
    return byKey(clientIds, rows, (row) => row.client.id);
  });
}
