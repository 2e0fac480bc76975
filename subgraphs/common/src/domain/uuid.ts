/** What a UUID is, without the GraphQL scalar (scalars.ts): the gateway checks ids with it too. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);

/** The refusal of a UUID written in the document; server/input-errors.ts finds its argument and says it as BAD_USER_INPUT. */
export const UUID_LITERAL_MESSAGE = 'an id written in the document must be a UUID';
