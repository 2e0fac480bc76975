import { Fragment, useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@urql/core';
import { errorCode } from '../api/error-code';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import {
  InboxClientChildrenDocument,
  InboxClientDocument,
  InboxClientFinancesDocument,
  InboxClientHealthDocument,
  InboxClientHousingDocument,
  InboxClientIncomeDocument,
} from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { housingUrgencyLabel } from '../i18n/labels';
import type { Language, MessageKey } from '../i18n/messages';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import type { QueryState } from '../use-hub-query';
import type { SignedInCaller } from './registry';

/** One shown field: its path in the answer (where the hub may refuse it for consent), its label and its words. */
interface FieldRow {
  path: string;
  label: MessageKey;
  value: string | null | undefined;
}

/** One operation of the client panel, with how its answer reads as rows; erased so the groups fit one list. */
interface FieldGroup {
  document: TypedDocumentNode<unknown, { id: string }>;
  load(client: HubClient, id: string, language: Language): Promise<{ rows: FieldRow[]; refused: string[]; found: boolean }>;
}

const CLIENT = 'handoff.client';

function fieldGroup<Data extends { handoff?: { client: object } | null }>(
  document: TypedDocumentNode<Data, { id: string }>,
  rows: (clientData: NonNullable<Data['handoff']>['client'], language: Language) => FieldRow[],
): FieldGroup {
  return {
    document,
    async load(client, id, language) {
      const { data, refused } = await client.queryPartial(document, { id });
      const handoff = data.handoff;
      if (!handoff) return { rows: [], refused, found: false };
      return { rows: rows(handoff.client, language), refused, found: true };
    },
  };
}

/** Every partner may read these; the groups after it only the roles document-roles.json allows (never a partner-type list here). */
const IDENTITY = fieldGroup(InboxClientDocument, (c, language) => [
  { path: `${CLIENT}.name`, label: 'name', value: c.name },
  { path: `${CLIENT}.dateOfBirth`, label: 'dateOfBirth', value: c.dateOfBirth ? formatDate(c.dateOfBirth, language) : c.dateOfBirth },
]);
const OPTIONAL_GROUPS: readonly FieldGroup[] = [
  fieldGroup(InboxClientHealthDocument, (c) => [
    { path: `${CLIENT}.healthScreeningSummary`, label: 'healthScreeningSummary', value: c.healthScreeningSummary },
  ]),
  fieldGroup(InboxClientFinancesDocument, (c) => [{ path: `${CLIENT}.financialSituation`, label: 'financialSituation', value: c.financialSituation }]),
  fieldGroup(InboxClientHousingDocument, (c, language) => [
    { path: `${CLIENT}.housingNeed`, label: 'housingNeed', value: c.housingNeed },
    { path: `${CLIENT}.housingUrgency`, label: 'housingUrgency', value: c.housingUrgency && housingUrgencyLabel(c.housingUrgency, language) },
  ]),
  fieldGroup(InboxClientIncomeDocument, (c) => [{ path: `${CLIENT}.incomeAndBenefits`, label: 'incomeAndBenefits', value: c.incomeAndBenefits }]),
  fieldGroup(InboxClientChildrenDocument, (c, language) => [
    {
      path: `${CLIENT}.children`,
      label: 'clientChildren',
      value: c.children?.map((child) => `${child.firstName} (${formatDate(child.dateOfBirth, language)}; ${child.childSocialWorkerName})`).join(', '),
    },
  ]),
];

/** The field groups this caller may run: the identity for every partner, the others as the field rules allow. */
const inboxClientGroups = (roles: readonly string[]) => [IDENTITY, ...OPTIONAL_GROUPS.filter((group) => mayRunAll(roles, [group.document]))];

/** Whether the hub refused this field (or a part of it) for consent. */
const isRefused = (refused: readonly string[], path: string) => refused.some((p) => p === path || p.startsWith(`${path}.`));

/** The client panel's answer: every group's rows, the fields refused for want of consent, and whether the client was found. */
interface Panel {
  rows: FieldRow[];
  refused: string[];
  found: boolean;
}

/** The client of one handoff in a partner's inbox: each field, or "no consent" where the client's consent does not cover it. */
export function InboxClient({ client, caller, handoffId }: { client: HubClient; caller: SignedInCaller; handoffId: string }) {
  const { t, language } = useWords();
  const [panel, setPanel] = useState<QueryState<Panel>>({ state: 'loading' });
  const roles = caller.roles.join(' ');
  useEffect(() => {
    let current = true;
    setPanel({ state: 'loading' });
    Promise.all(inboxClientGroups(roles.split(' ')).map((group) => group.load(client, handoffId, language))).then(
      (answers) =>
        current &&
        setPanel({
          state: 'done',
          data: { rows: answers.flatMap((a) => a.rows), refused: answers.flatMap((a) => a.refused), found: answers.every((a) => a.found) },
        }),
      (error: unknown) => current && setPanel({ state: 'error', code: errorCode(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, roles, handoffId, language]);
  return (
    <section aria-labelledby="inbox-client-title" data-inbox-client={handoffId}>
      <h3 id="inbox-client-title">{t('inboxClientTitle')}</h3>
      <QueryStates result={panel} shown={(data) => (data.found ? data : undefined)}>
        {({ rows, refused }) => (
          <dl>
            {rows.map((row) => (
              <Fragment key={row.path}>
                <dt>{t(row.label)}</dt>
                <dd data-field={row.path.slice(CLIENT.length + 1)}>{isRefused(refused, row.path) ? t('noConsent') : row.value || '—'}</dd>
              </Fragment>
            ))}
          </dl>
        )}
      </QueryStates>
    </section>
  );
}
