import { createHash } from 'node:crypto';

/** A stable UUID for a demo record, so every subgraph's seed refers to the same people. */
export function demoId(kind: string, index: number): string {
  const hex = createHash('sha256').update(`kadera-demo:${kind}:${index}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Days after a fixed reference date, so demo dates do not depend on when the seed ran. */
export function demoDate(daysBeforeNow: number, now = new Date()): Date {
  return new Date(now.getTime() - daysBeforeNow * 24 * 60 * 60 * 1000);
}
