import type { Caller, Role } from '@hub/common';
import { testCallers } from './callers';

/** One demo caller per role; partner roles act for a demo organisation of their type. */
export const CALLERS_BY_ROLE: Record<Role, Caller> = {
  staff: testCallers.staff,
  intake: testCallers.intake,
  shelter: testCallers.shelter,
  auditor: testCallers.auditor,
  referrer: testCallers.referrer(0),
  municipality: testCallers.municipality('GM0193'),
  'partner:ggz': testCallers.partner(0),
  'partner:debt': testCallers.partner(2),
  'partner:housing': testCallers.partner(4),
  'partner:uwv': testCallers.partner(6),
  'partner:youth': testCallers.partner(8),
};
