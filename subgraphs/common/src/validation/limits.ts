/**
 * Every input limit the hub enforces, once. The decorators in rules.ts check
 * them and `describe*` writes them into the GraphQL field descriptions, so a
 * limit and its documentation cannot drift apart.
 */

/** A length, in characters, of the trimmed text. `min: 0` means the field may be left blank (stored as absent). */
export interface TextLimit {
  readonly min: number;
  readonly max: number;
}

/** A person's name: a registered client and the person a referrer refers. */
export const PERSON_NAME: TextLimit = { min: 2, max: 200 };
/** A name a professional gives for themselves or their organisation. */
export const CONTACT_NAME: TextLimit = { min: 1, max: 200 };
/** A client's confidential address. */
export const ADDRESS: TextLimit = { min: 5, max: 500 };
/** What a consent or a handoff is for. */
export const PURPOSE: TextLimit = { min: 3, max: 1000 };
/** Why a referral or handoff moved to another status. */
export const REASON: TextLimit = { min: 0, max: 1000 };
/** Why a stay ended: short, no case narrative. */
export const DISCHARGE_REASON: TextLimit = { min: 0, max: 200 };
/** A partner's note on how a handoff ended. */
export const OUTCOME_NOTE: TextLimit = { min: 0, max: 2000 };
/** A message Kadera or the receiving partner writes on a handoff. */
export const HANDOFF_NOTE: TextLimit = { min: 1, max: 4000 };
/** A free note on a service's availability. */
export const AVAILABILITY_NOTE: TextLimit = { min: 0, max: 500 };
/** Whom referrers should call about a service. */
export const AVAILABILITY_CONTACT: TextLimit = { min: 0, max: 200 };
/** A short professional summary of a consented category on the client file (health screening, finances, housing need, income). */
export const CARE_SUMMARY: TextLimit = { min: 0, max: 2000 };
/** When the client may safely be contacted, e.g. "weekdays 9-12, not in the evening". */
export const CONTACT_TIMES: TextLimit = { min: 0, max: 200 };
/** How to contact the client safely, beyond the channels: code phrases, who may answer. */
export const CONTACT_INSTRUCTIONS: TextLimit = { min: 0, max: 1000 };
/** Why a client's risk level changed: required. */
export const RISK_LEVEL_REASON: TextLimit = { min: 1, max: 1000 };
/** Why a client's data is exported (the right of access request it answers); kept with the export. */
export const EXPORT_REASON: TextLimit = { min: 3, max: 1000 };
/** Why a client was opened in an emergency (break-glass): required, long enough to say what happened; the client reads it in her report. */
export const EMERGENCY_REASON: TextLimit = { min: 20, max: 1000 };
/** The privacy officer's note on the review of an emergency access. */
export const EMERGENCY_REVIEW_NOTE: TextLimit = { min: 0, max: 2000 };
/** A user id of the identity provider. */
export const USER_ID: TextLimit = { min: 0, max: 128 };

/** An email address (RFC 5321 path limit). */
export const EMAIL_MAX = 254;
/** A phone number: 6 to 30 characters, at least 6 digits. */
export const PHONE_LENGTH: TextLimit = { min: 6, max: 30 };

/** A child's first name, as Kadera records it for youth services. */
export const FIRST_NAME: TextLimit = { min: 1, max: 100 };

/** One risk or one agreement of a client's safety plan: a short line, not a narrative. */
export const SAFETY_PLAN_ITEM: TextLimit = { min: 1, max: 500 };
/** How many risks, and how many agreements, one safety plan holds. */
export const SAFETY_PLAN_ITEMS_MAX = 20;
/** How many emergency contacts one safety plan holds. */
export const EMERGENCY_CONTACTS_MAX = 10;
/** How an emergency contact relates to the client ("sister", "neighbour"). */
export const RELATION: TextLimit = { min: 1, max: 100 };
/** The code word agreed with the client for a safe call (the plan's most sensitive field). */
export const CODE_WORD: TextLimit = { min: 2, max: 50 };

/** A record's version, as an update names it: a positive GraphQL Int. */
export const VERSION_MAX = 2 ** 31 - 1;

/** The earliest date of birth the hub accepts. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

export function describeText(limit: TextLimit): string {
  return limit.min === 0 ? `At most ${limit.max} characters` : `${limit.min} to ${limit.max} characters`;
}

export function describeList(maxItems: number, item: TextLimit): string {
  return `At most ${maxItems} items of ${describeText(item).toLowerCase()} each`;
}

export function describeRange(min: number, max: number): string {
  return `${min} to ${max}`;
}
