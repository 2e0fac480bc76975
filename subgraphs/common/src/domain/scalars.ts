import { LocalDateResolver, UUIDResolver } from 'graphql-scalars';
import { GraphQLISODateTime } from 'type-graphql';

/** Scalars every subgraph uses under the same names. */
export const LocalDate = LocalDateResolver; // "2026-11-28"
export const DateTime = GraphQLISODateTime; // ISO-8601 instant, UTC
export const Uuid = UUIDResolver;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);
