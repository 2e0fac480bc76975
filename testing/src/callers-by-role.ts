import { PARTNERS, type Caller, type Role } from '@hub/common';
import { testCallers } from './callers';

/** One demo caller per role; partner roles act for the first demo organisation of their type. */
export const CALLERS_BY_ROLE: Record<Role, Caller> = {
  staff: testCallers.staff,
  intake: testCallers.intake,
  shelter: testCallers.shelter,
  auditor: testCallers.auditor,
  referrer: testCallers.referrer(0),
  municipality: testCallers.municipality('GM0193'),
  ...(Object.fromEntries(PARTNERS.map((row) => [row.role, testCallers.partnerOfType(row.partnerType)])) as Record<(typeof PARTNERS)[number]['role'], Caller>),
};
