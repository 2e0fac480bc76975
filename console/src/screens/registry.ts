import type { ComponentType } from 'react';
import type { DocumentNode } from 'graphql';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import {
  AcceptHandoffDocument,
  ClientIdentityDocument,
  HandoffsInboxDocument,
  OccupancyDocument,
  ReferralsListDocument,
  SearchClientsDocument,
  UnitWaitlistDocument,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/messages';
import { Capacity } from './capacity';
import { ClientFile } from './client-file';
import { HandoffsInbox } from './handoffs-inbox';
import { ReferralsList } from './referrals-list';
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
  Screen: ComponentType<{ client: HubClient; caller: SignedInCaller }>;
}

/** Every screen, in the order of the navigation; the first one offered opens after sign-in. */
export const SCREENS: readonly ScreenDefinition[] = [
  { id: 'referrals', title: 'referralsTitle', sides: ['KADERA'], documents: [ReferralsListDocument], Screen: ReferralsList },
  { id: 'capacity', title: 'capacityTitle', sides: ['KADERA'], documents: [OccupancyDocument, UnitWaitlistDocument], Screen: Capacity },
  { id: CLIENT_FILE_SCREEN, title: 'clientFileTitle', sides: ['KADERA'], documents: [SearchClientsDocument, ClientIdentityDocument], Screen: ClientFile },
  { id: 'inbox', title: 'inboxTitle', sides: ['PARTNER'], documents: [HandoffsInboxDocument, AcceptHandoffDocument], Screen: HandoffsInbox },
];

/** The screens this caller is offered. */
export const screensFor = (caller: SignedInCaller, screens: readonly ScreenDefinition[] = SCREENS) =>
  screens.filter((screen) => screen.sides.includes(caller.side) && mayRunAll(caller.roles, screen.documents));
