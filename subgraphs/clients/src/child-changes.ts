import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, writeLogged } from '@hub/common';
import { Child } from './child.entity';
import type { AddChildInput, UpdateChildInput } from './child.input';
import { Client } from './client.entity';
import { versionConflict } from './version-conflict';

/** Adds a child to a client's file; the input's rules (child.input.ts) have passed. */
export async function addChild(tx: EntityManager, input: AddChildInput): Promise<string> {
  const client = await tx.findOne(Client, { id: input.clientId });
  if (!client) throw notFound('client');
  const child = tx.create(Child, {
    client,
    firstName: input.firstName.trim(),
    dateOfBirth: input.dateOfBirth,
    childSocialWorkerName: input.childSocialWorkerName.trim(),
  });
  await tx.flush();
  return child.id;
}

/** Why a versioned write of a child changed nothing: gone (NOT_FOUND) or another version (CONFLICT). */
async function refusal(em: EntityManager, id: string) {
  const current = await em.fork().findOne(Child, { id }, { fields: ['version'] });
  return current ? versionConflict('child', current.version) : notFound('child');
}

/** Changes the fields given, in one statement that holds only for the version named. */
export async function updateChild(em: EntityManager, input: UpdateChildInput): Promise<void> {
  const changes: Partial<Pick<Child, 'firstName' | 'dateOfBirth' | 'childSocialWorkerName'>> = {};
  if (input.firstName != null) changes.firstName = input.firstName.trim();
  if (input.dateOfBirth != null) changes.dateOfBirth = input.dateOfBirth;
  if (input.childSocialWorkerName != null) changes.childSocialWorkerName = input.childSocialWorkerName.trim();
  const changed = await writeLogged(em, async (tx) => {
    const written = await tx.nativeUpdate(Child, { id: input.id, version: input.expectedVersion }, { ...changes, version: input.expectedVersion + 1 });
    const row = written ? await tx.findOne(Child, { id: input.id }, { fields: ['client'], disableIdentityMap: true }) : null;
    const fields = [...Object.keys(changes), 'version'].map((field) => `Child.${field}`);
    return { result: written, writes: row ? [{ action: 'UPDATE' as const, clientId: row.client.id, fields, object: `Child:${input.id}` }] : [] };
  });
  if (changed === 0) throw await refusal(em, input.id);
}

/** Removes the child in the version named; returns it as it was, for the answer (and the access log). */
export async function removeChild(em: EntityManager, id: string, expectedVersion: number): Promise<Child> {
  const child = await em.fork().findOne(Child, { id, version: expectedVersion });
  const removed = child
    ? await writeLogged(em, async (tx) => {
        const deleted = await tx.nativeDelete(Child, { id, version: expectedVersion });
        return {
          result: deleted,
          writes: deleted ? [{ action: 'UPDATE' as const, clientId: child.client.id, fields: ['Child.id'], object: `Child:${id}` }] : [],
        };
      })
    : 0;
  if (!child || removed === 0) throw await refusal(em, id);
  return child;
}
