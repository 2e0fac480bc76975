import { createHash } from 'node:crypto';
import { Entity, PrimaryKey, Property, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, hubError } from '../errors';

/**
 * What a create mutation answered for an idempotency key. Each subgraph lists
 * this entity, so the table lives in its own schema.
 */
@Entity({ tableName: 'idempotency_record' })
export class IdempotencyRecord {
  /** operation + caller organisation + key: one caller cannot replay another's key. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  requestHash!: string;

  @Property({ type: 'uuid' })
  resultId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** JSON with sorted keys, so the same input always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What is stored with a key, so a retry with other input is told apart from a repeat. */
export const requestHashOf = (input: unknown): string => createHash('sha256').update(canonicalJson(input)).digest('hex');

export interface IdempotentRequest {
  /** The caller's key; none means every call creates. */
  key: string | undefined | null;
  operation: string;
  /** Who owns the key: the caller's organisation or user. */
  scope: string;
  input: unknown;
}

/** The record's id: operation, the key's owner and the key. Refuses a key of the wrong shape. */
export function idempotencyRecordId(operation: string, scope: string, key: string): string {
  if (!KEY.test(key)) {
    throw badInput('idempotencyKey must be 8-128 letters, digits or . _ : -', { argument: 'idempotencyKey' });
  }
  return `${operation}:${scope}:${key}`;
}

/**
 * Runs `create` in one transaction with the record of its result. A retry with
 * the same key returns the first result's id and creates nothing; the same key
 * with different input is a CONFLICT. Two concurrent first calls: one wins,
 * the other rolls back and returns the winner's id.
 */
export async function idempotent(em: EntityManager, request: IdempotentRequest, create: (em: EntityManager) => Promise<string>): Promise<string> {
  if (request.key === undefined || request.key === null) return em.transactional(create);
  const id = idempotencyRecordId(request.operation, request.scope, request.key);
  const requestHash = requestHashOf(request.input);
  const replay = async () => {
    const existing = await em.fork().findOne(IdempotencyRecord, { id });
    if (!existing) return undefined;
    if (existing.requestHash !== requestHash) {
      throw hubError('CONFLICT', 'this idempotencyKey was used before with different input', { argument: 'idempotencyKey' });
    }
    return existing.resultId;
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await em.transactional(async (tx) => {
      const resultId = await create(tx);
      tx.create(IdempotencyRecord, { id, requestHash, resultId, createdAt: new Date() });
      await tx.flush();
      return resultId;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}
