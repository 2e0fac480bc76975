import { sqlTable } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, nameKeyOf } from './client.entity';
import { DuplicateReasonKind, type DuplicateCandidate, type DuplicateReason } from './duplicate-candidate';
import { NAME_SIMILARITY_THRESHOLD, useNameSimilarityThreshold } from './name-similarity';

/** At most this many candidates: intake reads them one by one. */
export const DUPLICATE_CANDIDATE_LIMIT = 10;

/**
 * What each reason adds to a candidate's score (they add up to 1): the name counts by its similarity, a date
 * of birth is a strong second sign, the municipality a weak one (people fleeing often move).
 */
export const DUPLICATE_SCORE_WEIGHTS = { name: 0.6, [DuplicateReasonKind.SAME_DATE_OF_BIRTH]: 0.3, [DuplicateReasonKind.SAME_MUNICIPALITY]: 0.1 } as const;

const rounded = (value: number) => Math.round(value * 1000) / 1000;

export interface DuplicateQuery {
  name: string;
  dateOfBirth: string;
  municipalityCode?: string | null;
}

interface Row {
  id: string;
  similarity: number;
  same_date_of_birth: boolean;
  same_municipality: boolean | null;
}

/**
 * Registered clients who may be this person: a name at least NAME_SIMILARITY_THRESHOLD alike (pg_trgm
 * similarity of the name keys, the trigram index) and the same date of birth or, when given, the same
 * municipality. A similar name alone is not enough: a common name would flag every namesake. Ranked by
 * score, then name similarity, then oldest first; at most DUPLICATE_CANDIDATE_LIMIT. `possibleDuplicates`
 * and `registerClient`'s CONFLICT both ask this. Runs inside a transaction (its own, or `em`'s).
 */
export async function findDuplicateCandidates(em: EntityManager, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  return em.transactional(async (tx) => {
    await useNameSimilarityThreshold(tx);
    const rows: Row[] = await tx.execute(
      `select id, similarity(name_key, ?) as similarity, date_of_birth = ? as same_date_of_birth, municipality_code = ? as same_municipality
       from ${sqlTable(tx, Client)}
       where name_key % ? and (date_of_birth = ? or municipality_code = ?)
       order by created_at asc, id asc`,
      [nameKeyOf(query.name), query.dateOfBirth, query.municipalityCode ?? null, nameKeyOf(query.name), query.dateOfBirth, query.municipalityCode ?? null],
    );
    const ranked = rows
      .filter((row) => row.similarity >= NAME_SIMILARITY_THRESHOLD)
      .map((row, age) => ({ row, age, ...scored(row) }))
      .sort((a, b) => b.score - a.score || b.row.similarity - a.row.similarity || a.age - b.age)
      .slice(0, DUPLICATE_CANDIDATE_LIMIT);
    const clients = ranked.length ? await tx.find(Client, { id: { $in: ranked.map((r) => r.row.id) } }) : [];
    const byId = new Map(clients.map((client) => [client.id, client]));
    return ranked.map(({ row, score, reasons }) => ({ client: byId.get(row.id)!, score, reasons }));
  });
}

function scored(row: Row): { score: number; reasons: DuplicateReason[] } {
  const reasons: DuplicateReason[] = [{ kind: DuplicateReasonKind.NAME_SIMILARITY, similarity: rounded(row.similarity), clientId: row.id }];
  if (row.same_date_of_birth) reasons.push({ kind: DuplicateReasonKind.SAME_DATE_OF_BIRTH, similarity: null, clientId: row.id });
  if (row.same_municipality) reasons.push({ kind: DuplicateReasonKind.SAME_MUNICIPALITY, similarity: null, clientId: row.id });
  const score =
    DUPLICATE_SCORE_WEIGHTS.name * row.similarity +
    reasons.reduce((sum, r) => sum + (r.kind === DuplicateReasonKind.NAME_SIMILARITY ? 0 : DUPLICATE_SCORE_WEIGHTS[r.kind]), 0);
  return { score: rounded(score), reasons };
}
