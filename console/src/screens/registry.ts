import type { ComponentType } from 'react';
import type { DocumentNode } from 'graphql';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import {
  AcceptHandoffDocument,
  HandoffsInboxDocument,
  ReferralDetailDocument,
  ReferralsListDocument,
  ServiceAvailabilityOverviewDocument,
  SubmitReferralDocument,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/messages';
import { HandoffsInbox } from './handoffs-inbox';
import { IntakeStops } from './intake-stops';
import { ReferralsList } from './referrals-list';
import { SubmitReferral } from './submit-referral';

/** The caller as `me` describes it: what the console chooses its screens by. */
export interface SignedInCaller {
  roles: readonly string[];
  side: string;
}

/**
 * One screen of the console. `sides` says whom it is meant for (a product choice: a partner gets its inbox, not Kadera's
 * overviews); `documents` are every operation it may send, and it is offered only when the caller may run all of them
 * (screen-access.ts, from the field rules). A screen never asks for a field and then hides it.
 */
export interface ScreenDefinition {
  id: string;
  title: MessageKey;
  sides: readonly string[];
  documents: readonly DocumentNode[];
  Screen: ComponentType<{ client: HubClient; caller: SignedInCaller }>;
}

/** Every screen, in the order of the navigation; the first one offered opens after sign-in. */
export const SCREENS: readonly ScreenDefinition[] = [
  { id: 'referrals', title: 'referralsTitle', sides: ['KADERA'], documents: [ReferralsListDocument, ReferralDetailDocument], Screen: ReferralsList },
  { id: 'referral-submit', title: 'submitTitle', sides: ['KADERA'], documents: [SubmitReferralDocument], Screen: SubmitReferral },
  { id: 'intake-stops', title: 'intakeStopsTitle', sides: ['KADERA'], documents: [ServiceAvailabilityOverviewDocument], Screen: IntakeStops },
  { id: 'inbox', title: 'inboxTitle', sides: ['PARTNER'], documents: [HandoffsInboxDocument, AcceptHandoffDocument], Screen: HandoffsInbox },
];

/** The screens this caller is offered. */
export const screensFor = (caller: SignedInCaller, screens: readonly ScreenDefinition[] = SCREENS) =>
  screens.filter((screen) => screen.sides.includes(caller.side) && mayRunAll(caller.roles, screen.documents));
