import { DEMO_CLIENTS } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, FormOfAbuse, RiskLevel } from './client.entity';

export async function seedClients(em: EntityManager): Promise<boolean> {
  if ((await em.count(Client)) > 0) return false;
  for (const demo of DEMO_CLIENTS) {
    em.create(Client, {
      ...demo,
      riskLevel: demo.riskLevel as RiskLevel,
      formsOfAbuse: demo.formsOfAbuse as FormOfAbuse[],
    });
  }
  await em.flush();
  return true;
}
