import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { notFound, optionalText, writeLogged } from '@hub/common';
import { Client } from './client.entity';
import { SafetyPlan } from './safety-plan.entity';
import type { SaveSafetyPlanInput } from './safety-plan.input';
import { versionConflict } from './version-conflict';

/** The plan as stored: the input's rules (safety-plan.input.ts) have passed; texts trimmed. */
function normaliseSafetyPlan(input: SaveSafetyPlanInput) {
  return {
    risks: input.risks.map((risk) => risk.trim()),
    agreements: input.agreements.map((agreement) => agreement.trim()),
    emergencyContacts: input.emergencyContacts.map((contact) => ({
      name: contact.name.trim(),
      relation: contact.relation.trim(),
      phone: contact.phone.trim(),
    })),
    codeWord: optionalText(input.codeWord),
    reviewDate: input.reviewDate,
  };
}

const fieldsOf = (data: object) => Object.keys(data).map((field) => `SafetyPlan.${field}`);

const currentVersionOf = async (em: EntityManager, clientId: string) =>
  (await em.fork().findOne(SafetyPlan, { client: clientId }, { fields: ['version'] }))?.version ?? null;

/**
 * Creates the client's plan (no expectedVersion) or replaces the version named,
 * each in one statement: of two concurrent saves naming the same version (or
 * both creating), the database lets one through and the other gets CONFLICT.
 */
export async function saveSafetyPlan(em: EntityManager, input: SaveSafetyPlanInput, userId: string): Promise<string> {
  const client = await em.fork().findOne(Client, { id: input.clientId }, { fields: ['id'] });
  if (!client) throw notFound('client');
  const data = { ...normaliseSafetyPlan(input), updatedAt: new Date(), updatedByUserId: userId };
  const expected = input.expectedVersion ?? null;
  if (expected === null) {
    const id = randomUUID();
    try {
      await writeLogged(em, async (tx) => {
        await tx.insert(SafetyPlan, { ...data, id, client: input.clientId, version: 1 });
        return { result: id, writes: [{ action: 'CREATE', clientId: input.clientId, fields: fieldsOf(data), object: `SafetyPlan:${id}` }] };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw versionConflict('safety plan', await currentVersionOf(em, input.clientId));
      throw error;
    }
    return id;
  }
  const changed = await writeLogged(em, async (tx) => {
    const written = await tx.nativeUpdate(SafetyPlan, { client: input.clientId, version: expected }, { ...data, version: expected + 1 });
    const row = written ? await tx.findOne(SafetyPlan, { client: input.clientId }, { fields: ['id'], disableIdentityMap: true }) : null;
    return {
      result: row?.id,
      writes: row ? [{ action: 'UPDATE' as const, clientId: input.clientId, fields: fieldsOf(data), object: `SafetyPlan:${row.id}` }] : [],
    };
  });
  if (!changed) throw versionConflict('safety plan', await currentVersionOf(em, input.clientId));
  return changed;
}
