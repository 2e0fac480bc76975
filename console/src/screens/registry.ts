import type { ComponentType } from 'react';
import type { DocumentNode } from 'graphql';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import {
  AcceptHandoffDocument,
  ClientIdentityDocument,
  OccupancyDocument,
  SearchClientsDocument,
  UnitWaitlistDocument,
  HandoffDetailDocument,
  HandoffsInboxDocument,
  InboxClientDocument,
  HandoffsListDocument,
  MunicipalityStatisticsDocument,
  ReferralDetailDocument,
  ReferralsListDocument,
  RegionStatisticsDocument,
  ServiceAvailabilityOverviewDocument,
  StatisticsMunicipalityDocument,
  SubmitReferralDocument,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/messages';
import { Handoffs } from './handoffs';
import { Capacity } from './capacity';
import { ClientFile } from './client-file';
import { HandoffsInbox } from './handoffs-inbox';
import { IntakeStops } from './intake-stops';
import { ReferralsList } from './referrals-list';
import { MunicipalityStatistics, RegionStatistics } from './statistics';
import { Today, TODAY_DOCUMENTS } from './today';
import { SubmitReferral } from './submit-referral';
import { CLIENT_FILE_SCREEN } from './screen-links';

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
  /** When given, offered only to a caller who may also run at least one of these (a screen of optional sections). */
  anyOf?: readonly DocumentNode[];
  /** `params`: what another screen passed when it linked here (navigation.ts), e.g. `{ handoffId }`. */
  Screen: ComponentType<{ client: HubClient; caller: SignedInCaller; params?: Readonly<Record<string, string>> }>;
}

/** Every screen, in the order of the navigation; the first one offered opens after sign-in. */
export const SCREENS: readonly ScreenDefinition[] = [
  // Today's sections are each shown only to roles that may run that section's operation; the screen needs one of them.
  { id: 'today', title: 'todayTitle', sides: ['KADERA'], documents: [], anyOf: TODAY_DOCUMENTS, Screen: Today },
  { id: 'referrals', title: 'referralsTitle', sides: ['KADERA'], documents: [ReferralsListDocument, ReferralDetailDocument], Screen: ReferralsList },
  { id: 'referral-submit', title: 'submitTitle', sides: ['KADERA'], documents: [SubmitReferralDocument], Screen: SubmitReferral },
  { id: 'intake-stops', title: 'intakeStopsTitle', sides: ['KADERA'], documents: [ServiceAvailabilityOverviewDocument], Screen: IntakeStops },
  { id: 'capacity', title: 'capacityTitle', sides: ['KADERA'], documents: [OccupancyDocument, UnitWaitlistDocument], Screen: Capacity },
  { id: CLIENT_FILE_SCREEN, title: 'clientFileTitle', sides: ['KADERA'], documents: [SearchClientsDocument, ClientIdentityDocument], Screen: ClientFile },
  {
    id: 'inbox',
    title: 'inboxTitle',
    sides: ['PARTNER'],
    documents: [HandoffsInboxDocument, AcceptHandoffDocument, InboxClientDocument],
    Screen: HandoffsInbox,
  },
  { id: 'handoffs', title: 'handoffsTitle', sides: ['KADERA'], documents: [HandoffsListDocument, HandoffDetailDocument], Screen: Handoffs },
  { id: 'region-statistics', title: 'regionStatisticsTitle', sides: ['KADERA'], documents: [RegionStatisticsDocument], Screen: RegionStatistics },
  {
    id: 'statistics',
    title: 'statisticsTitle',
    sides: ['MUNICIPALITY'],
    documents: [StatisticsMunicipalityDocument, MunicipalityStatisticsDocument],
    Screen: MunicipalityStatistics,
  },
];

/** The screens this caller is offered. */
export const screensFor = (caller: SignedInCaller, screens: readonly ScreenDefinition[] = SCREENS) =>
  screens.filter(
    (screen) =>
      screen.sides.includes(caller.side) &&
      mayRunAll(caller.roles, screen.documents) &&
      (!screen.anyOf || screen.anyOf.some((document) => mayRunAll(caller.roles, [document]))),
  );
