/** A value still to come: any thenable (a truthy object must never pass for a yes, nor a value for an answer). */
export const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';
