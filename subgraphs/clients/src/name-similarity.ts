import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * How alike two names must be, 0 to 1, for client search and duplicate detection to count them as the same
 * name (PostgreSQL pg_trgm: the share of three-letter sequences two texts have in common). 0.5 lets one typo
 * in a surname through ("iris hendrix" ~ "iris hendriks": 0.69) and keeps another person with the same first
 * name out ("iris jansen" ~ "iris hendriks": 0.24). The one threshold of both; docs/architecture.md, "Search".
 */
export const NAME_SIMILARITY_THRESHOLD = 0.5;

/**
 * Sets pg_trgm's thresholds to ours for the rest of the transaction `tx`, so that the operators that the
 * trigram index serves (`%`: similarity; `<%`: word similarity) select with it.
 */
export async function useNameSimilarityThreshold(tx: EntityManager): Promise<void> {
  const threshold = String(NAME_SIMILARITY_THRESHOLD);
  await tx.execute(`select set_config('pg_trgm.similarity_threshold', ?, true), set_config('pg_trgm.word_similarity_threshold', ?, true)`, [
    threshold,
    threshold,
  ]);
}
