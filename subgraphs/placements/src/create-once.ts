import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hubError, idempotent, type IdempotentRequest } from '@hub/common';
import { GraphQLError } from 'graphql';

const isConflict = (error: unknown) =>
  error instanceof UniqueConstraintViolationException || (error instanceof GraphQLError && error.extensions.code === 'CONFLICT');

/**
 * `idempotent`, plus two things creates here need. A retry that ran alongside
 * the first call waits for the same lock and then sees the first call's row as
 * a conflict; it is asked once more, when the first call's record is visible
 * and is replayed. A unique index that catches a race the checks could not is
 * the caller's CONFLICT, not a raw database error.
 */
export async function createOnce(
  em: EntityManager,
  request: IdempotentRequest,
  create: (tx: EntityManager) => Promise<string>,
  conflict: { message: string; field: string },
): Promise<string> {
  const asConflict = (error: unknown) =>
    error instanceof UniqueConstraintViolationException ? hubError('CONFLICT', conflict.message, { argument: 'input', field: conflict.field }) : error;
  try {
    return await idempotent(em, request, create);
  } catch (error) {
    if (!request.key || !isConflict(error)) throw asConflict(error);
    try {
      return await idempotent(em, request, create);
    } catch (again) {
      throw asConflict(again);
    }
  }
}
