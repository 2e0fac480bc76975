import { createHash } from 'node:crypto';
import { addCalendarDays } from '../domain/calendar';

/** A stable UUID for a demo record, so every subgraph's seed refers to the same people. */
export function demoId(kind: string, index: number): string {
  const hex = createHash('sha256').update(`kadera-demo:${kind}:${index}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The same office-clock time `daysBeforeNow` calendar days before `now` (the organisation's calendar). */
export function demoDate(daysBeforeNow: number, now = new Date()): Date {
  return addCalendarDays(now, -daysBeforeNow);
}
