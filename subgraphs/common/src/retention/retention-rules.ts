/**
 * How long the hub keeps each kind of data after it has ended, and the least it must keep it: the one table of
 * retention (docs/security.md, "Retention" is checked against it by a test). Each period can be set by its variable
 * (read in config.ts); a setting shorter than the kind's legal minimum refuses to start.
 */
export type RetentionKind = 'clientFile' | 'referrals' | 'handoffs' | 'placements' | 'accessLog' | 'webhookDeliveries';

/** A retention period: whole years, or whole days (tests, and an organisation that counts in days). */
export interface RetentionPeriod {
  years: number;
  days: number;
}

export interface RetentionRule {
  /** The environment variable that sets the period: `15y`, `5475d`, or a bare number of years. */
  variable: string;
  /** Where the data lives. */
  service: 'clients' | 'referrals' | 'handoffs' | 'placements' | 'audit';
  /** What has to have happened before the period starts to run. */
  ended: string;
  defaultPeriod: RetentionPeriod;
  /** The least a setting may be: the kind's legal obligation to keep. Records still under it also refuse erasure on request. */
  minimum: RetentionPeriod;
  /** The obligation behind the minimum, in a few words (startup errors and erasure refusals name it). */
  obligation: string;
  /** Why the default and the minimum are what they are. */
  basis: string;
}

const years = (n: number): RetentionPeriod => ({ years: n, days: 0 });
const ONE_DAY: RetentionPeriod = { years: 0, days: 1 };

export const RETENTION_RULES: Readonly<Record<RetentionKind, RetentionRule>> = {
  clientFile: {
    variable: 'RETENTION_CLIENT_FILE',
    service: 'clients',
    ended:
      'the case has ended: no open referral, stay, waitlist entry, aftercare programme, alarm or handoff, and nothing of the client (her file, referrals, placements, handoffs) changed since',
    defaultPeriod: years(15),
    minimum: ONE_DAY,
    obligation: 'none',
    basis:
      'No statute fixes a term for Wmo shelter and domestic-violence support records. 15 years after the case ended is Kadera policy: a client often returns years later (repeat victimisation) and the safety history then matters; it stays within the 20 years the Wgbo (art. 7:454 BW) sets for the health parts of a file. No legal obligation to keep: a client may ask for erasure once her care has ended.',
  },
  referrals: {
    variable: 'RETENTION_REFERRALS',
    service: 'referrals',
    ended: 'the referral is closed (completed, rejected, cancelled, failed, entered in error) and its status has not changed since',
    defaultPeriod: years(15),
    minimum: ONE_DAY,
    obligation: 'none',
    basis: "Part of the case history: kept as long as the client file. The referrer's own record is the referrer's; no obligation to keep here.",
  },
  handoffs: {
    variable: 'RETENTION_HANDOFFS',
    service: 'handoffs',
    ended: 'the handoff is closed (completed, rejected, cancelled, failed, entered in error) and has not changed since',
    defaultPeriod: years(15),
    minimum: ONE_DAY,
    obligation: 'none',
    basis: 'Part of the case history: kept as long as the client file. The partner keeps its own file under its own law; no obligation to keep here.',
  },
  placements: {
    variable: 'RETENTION_PLACEMENTS',
    service: 'placements',
    ended: 'the stay was discharged, the waitlist entry admitted or withdrawn, the aftercare programme ended, the alarm returned (each record on its own)',
    defaultPeriod: years(15),
    minimum: years(7),
    obligation: 'records behind an invoice to the municipality are kept 7 years (art. 52 AWR)',
    basis:
      'Stays, aftercare and alarms are what Kadera invoices the municipality for (Wmo): the records behind an invoice are kept 7 years (fiscal obligation, art. 52 AWR; art. 2:10 BW). Beyond that, kept as long as the client file.',
  },
  accessLog: {
    variable: 'RETENTION_ACCESS_LOG',
    service: 'audit',
    ended: 'the entry was written and sealed by a checkpoint; removed only as whole checkpoint ranges',
    defaultPeriod: years(5),
    minimum: years(5),
    obligation: 'NEN 7513 keeps the access log at least five years',
    basis:
      'NEN 7513: the log of who accessed client data is kept at least five years. Never erased on request: the client has a right to see it, not to have it removed.',
  },
  webhookDeliveries: {
    variable: 'RETENTION_WEBHOOK_DELIVERIES',
    service: 'handoffs',
    ended: 'the webhook event happened (its delivery attempts go with it)',
    defaultPeriod: { years: 0, days: 90 },
    minimum: ONE_DAY,
    obligation: 'none',
    basis:
      'Ids and statuses only, no client data: kept for staff to answer "did you send it?" and to see why an endpoint was disabled. Retries end within about 4 days; 90 days covers a quarter of support questions.',
  },
};

export const RETENTION_KINDS = Object.keys(RETENTION_RULES) as RetentionKind[];

/** The period of each kind, as this process runs with them. */
export type RetentionPeriods = Readonly<Record<RetentionKind, RetentionPeriod>>;

export const DEFAULT_RETENTION_PERIODS: RetentionPeriods = Object.fromEntries(
  RETENTION_KINDS.map((kind) => [kind, RETENTION_RULES[kind].defaultPeriod]),
) as RetentionPeriods;

/** "15 years", "30 days". */
export function describePeriod(period: RetentionPeriod): string {
  const parts = [];
  if (period.years) parts.push(`${period.years} ${period.years === 1 ? 'year' : 'years'}`);
  if (period.days || !period.years) parts.push(`${period.days} ${period.days === 1 ? 'day' : 'days'}`);
  return parts.join(' ');
}

/** The instant `period` before `now`: what ended before it has expired. Years are calendar years (UTC). */
export function retentionCutoff(period: RetentionPeriod, now: Date = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - period.years);
  cutoff.setUTCDate(cutoff.getUTCDate() - period.days);
  return cutoff;
}

/** Whether `period` is shorter than `minimum` (compared as cutoffs from the same instant). */
export function shorterThan(period: RetentionPeriod, minimum: RetentionPeriod, now: Date = new Date()): boolean {
  return retentionCutoff(period, now).getTime() > retentionCutoff(minimum, now).getTime();
}

const MAX_YEARS = 100;

/** "15y", "15", "5475d". */
function parsePeriod(raw: string): RetentionPeriod | undefined {
  const match = /^(\d{1,6})\s*([yd]?)$/.exec(raw.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const period = match[2] === 'd' ? { years: 0, days: amount } : years(amount);
  return period.years + period.days / 366 > MAX_YEARS ? undefined : period;
}

/**
 * Reads the periods from the environment. Returns the faults as sentences naming the variable (config.ts refuses to
 * start on one): not a period, or shorter than the kind's minimum.
 */
export function readRetentionPeriods(env: NodeJS.ProcessEnv): { periods: RetentionPeriods; faults: string[] } {
  const periods = { ...DEFAULT_RETENTION_PERIODS };
  const faults: string[] = [];
  for (const kind of RETENTION_KINDS) {
    const rule = RETENTION_RULES[kind];
    const raw = env[rule.variable]?.trim();
    if (raw === undefined || raw === '') continue;
    const period = parsePeriod(raw);
    if (!period) {
      faults.push(`${rule.variable} must be a whole number of years (15y) or days (30d), at most ${MAX_YEARS} years, got "${env[rule.variable]}"`);
      continue;
    }
    if (shorterThan(period, rule.minimum)) {
      faults.push(`${rule.variable} must be at least ${describePeriod(rule.minimum)} (${rule.obligation}), got "${env[rule.variable]}"`);
      continue;
    }
    periods[kind] = period;
  }
  return { periods, faults };
}
