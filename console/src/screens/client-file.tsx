import { useState } from 'react';
import { HubError, type HubClient } from '../api/hub-client';
import { useSubmissionKey } from '../api/idempotency-key';
import { mayRunAll, mayRunOperations } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import {
  ClientAftercareDocument,
  ClientConsentsDocument,
  ClientHandoffsDocument,
  ClientIdentityDocument,
  PartnerOrganisationNamesDocument,
  RecordConsentDocument,
  WithdrawConsentDocument,
  type DataCategory,
  type PartnerOrganisationNamesQuery,
} from '../gql/graphql';
import { formatDateTime, formatLocalDate } from '../i18n/dates';
import { DATA_CATEGORIES, dataCategoryLabel, priorityLabel, riskLevelLabel, statusLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { useHubQuery } from '../use-hub-query';
import { ClientSearch } from './client-search';
import { CONFIDENTIAL_ADDRESS_OPERATION } from './confidential-address';
import type { SignedInCaller } from './registry';
import { CLIENT_FILE_SCREEN, clientFileHref } from './screen-links';
import { useScreenLink } from './use-screen-link';

const errorCode = (error: unknown) => (error instanceof HubError ? error.code : 'UNKNOWN');
type Partners = PartnerOrganisationNamesQuery['partnerOrganisations'];

/**
 * The client file: found by name, or opened by a link from another screen (clientFileHref). Each section is its own
 * operation, shown only when the caller's rules allow all of it: a role missing one field loses that section only.
 */
export function ClientFile({ client, caller }: { client: HubClient; caller: SignedInCaller }) {
  const { t } = useWords();
  const link = useScreenLink();
  const clientId = link?.screenId === CLIENT_FILE_SCREEN ? link.recordId : undefined;
  return (
    <section aria-labelledby="client-file-title">
      <h2 id="client-file-title">{t('clientFileTitle')}</h2>
      <ClientSearch
        client={client}
        id="file-search"
        action={(found) => (
          <a href={clientFileHref(found.id)} aria-label={`${t('openFile')}: ${found.name ?? ''}`}>
            {t('openFile')}
          </a>
        )}
      />
      {clientId ? <ClientRecord key={clientId} client={client} caller={caller} clientId={clientId} /> : <p>{t('noClientChosen')}</p>}
    </section>
  );
}

function ClientRecord({ client, caller, clientId }: { client: HubClient; caller: SignedInCaller; clientId: string }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, ClientIdentityDocument, { id: clientId });
  const may = (...documents: Parameters<typeof mayRunAll>[1]) => mayRunAll(caller.roles, documents);
  if (result.state === 'loading') return <p>{t('loading')}</p>;
  if (result.state === 'error') return <ErrorNotice code={result.code} />;
  const person = result.data.client;
  if (!person) return <p role="alert">{t('clientNotFound')}</p>;
  return (
    <article aria-labelledby="identity-title" data-client-id={person.id}>
      <h3 id="identity-title">
        {t('identity')}: {person.name}
      </h3>
      <dl>
        <dt>{t('dateOfBirth')}</dt>
        <dd>{formatLocalDate(person.dateOfBirth, language)}</dd>
        <dt>{t('municipality')}</dt>
        <dd>{person.municipalityCode}</dd>
        <dt>{t('riskLevel')}</dt>
        <dd data-risk-level={person.riskLevel}>{riskLevelLabel(person.riskLevel, language)}</dd>
      </dl>
      {mayRunOperations(caller.roles, [CONFIDENTIAL_ADDRESS_OPERATION]) && <ConfidentialAddress client={client} clientId={clientId} />}
      {may(ClientConsentsDocument, PartnerOrganisationNamesDocument) && <Consents client={client} caller={caller} clientId={clientId} />}
      {may(ClientHandoffsDocument) && <Handoffs client={client} clientId={clientId} />}
      {may(ClientAftercareDocument) && <Aftercare client={client} clientId={clientId} />}
    </article>
  );
}

/**
 * The confidential address is asked for only on the click: a separate, logged read, never part of the file's first load
 * (even its document comes only with the click, confidential-address.ts).
 */
function ConfidentialAddress({ client, clientId }: { client: HubClient; clientId: string }) {
  const { t } = useWords();
  const [address, setAddress] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  return (
    <section aria-labelledby="address-title">
      <h4 id="address-title">{t('addressTitle')}</h4>
      {address === undefined ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            setPending(true);
            setError(undefined);
            import('./confidential-address-read.js')
              .then(({ readConfidentialAddress }) => readConfidentialAddress(client, clientId))
              .then(
                (found) => (found === null ? setError('NOT_FOUND') : setAddress(found)),
                (e: unknown) => setError(errorCode(e)),
              )
              .finally(() => setPending(false));
          }}
        >
          {t('revealAddress')}
        </button>
      ) : (
        <>
          <p data-confidential-address>{address}</p>
          <p>{t('addressLogged')}</p>
        </>
      )}
      {error && <ErrorNotice code={error} />}
    </section>
  );
}

function Consents({ client, caller, clientId }: { client: HubClient; caller: SignedInCaller; clientId: string }) {
  const { t } = useWords();
  const partners = useHubQuery(client, PartnerOrganisationNamesDocument, {}).result;
  if (partners.state === 'loading') return <p>{t('loading')}</p>;
  if (partners.state === 'error') return <ErrorNotice code={partners.code} />;
  return <ConsentList client={client} caller={caller} clientId={clientId} partners={partners.data.partnerOrganisations} />;
}

function ConsentList({ client, caller, clientId, partners }: { client: HubClient; caller: SignedInCaller; clientId: string; partners: Partners }) {
  const { t, language } = useWords();
  const { result, reload } = useHubQuery(client, ClientConsentsDocument, { id: clientId });
  const mayWithdraw = mayRunAll(caller.roles, [WithdrawConsentDocument]);
  const mayRecord = mayRunAll(caller.roles, [RecordConsentDocument]);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const partnerName = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  const withdraw = (id: string) => {
    setError(undefined);
    setNotice(undefined);
    client.mutate(WithdrawConsentDocument, { id }).then(
      () => {
        setNotice(t('withdrawn'));
        reload();
      },
      (e: unknown) => setError(errorCode(e)),
    );
  };
  const consents = result.state === 'done' ? (result.data.client?.consents ?? []) : [];
  return (
    <section aria-labelledby="consents-title">
      <h4 id="consents-title">{t('consentsTitle')}</h4>
      {notice && <p role="status">{notice}</p>}
      {error && <ErrorNotice code={error} />}
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && consents.length === 0 && <p>{t('nothingHere')}</p>}
      {consents.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('partner')}</th>
              <th scope="col">{t('categories')}</th>
              <th scope="col">{t('purpose')}</th>
              <th scope="col">{t('validPeriod')}</th>
              <th scope="col">{t('consentState')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {consents.map((consent) => (
              <tr key={consent.id} data-consent-id={consent.id} data-active={String(consent.active)}>
                <td>{partnerName(consent.partnerOrganisationId)}</td>
                <td>{consent.categories.map((c) => dataCategoryLabel(c, language)).join(', ')}</td>
                <td>{consent.purpose}</td>
                <td>
                  {formatLocalDate(consent.validFrom, language)} – {formatLocalDate(consent.validUntil, language)}
                </td>
                <td>
                  {consent.withdrawnAt
                    ? `${t('consentWithdrawn')} ${formatDateTime(consent.withdrawnAt, language)}`
                    : consent.active
                      ? t('consentActive')
                      : t('consentInactive')}
                </td>
                <td>
                  {mayWithdraw && consent.active && (
                    <button type="button" aria-label={`${t('withdraw')}: ${partnerName(consent.partnerOrganisationId)}`} onClick={() => withdraw(consent.id)}>
                      {t('withdraw')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayRecord && <RecordConsentForm client={client} clientId={clientId} partners={partners} onRecorded={reload} />}
    </section>
  );
}

function RecordConsentForm({ client, clientId, partners, onRecorded }: { client: HubClient; clientId: string; partners: Partners; onRecorded: () => void }) {
  const { t, language } = useWords();
  const [partnerOrganisationId, setPartner] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [purpose, setPurpose] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [key, renewKey] = useSubmissionKey();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState(false);
  const changed = () => {
    renewKey();
    setNotice(false);
  };
  return (
    <form
      aria-labelledby="record-consent-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        setPending(true);
        setError(undefined);
        setNotice(false);
        client
          .mutate(RecordConsentDocument, { input: { clientId, partnerOrganisationId, categories, purpose, validUntil, idempotencyKey: key } })
          .then(
            () => {
              setNotice(true);
              onRecorded();
            },
            (e: unknown) => setError(errorCode(e)),
          )
          .finally(() => {
            setPending(false);
            renewKey();
          });
      }}
    >
      <h5 id="record-consent-title">{t('recordConsentTitle')}</h5>
      <p>
        <label htmlFor="consent-partner">{t('partner')}</label>
        <select
          id="consent-partner"
          required
          value={partnerOrganisationId}
          onChange={(event) => {
            setPartner(event.target.value);
            changed();
          }}
        >
          <option value="">{t('choosePartner')}</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </p>
      <fieldset>
        <legend>{t('categories')}</legend>
        {DATA_CATEGORIES.map((category) => (
          <label key={category}>
            <input
              type="checkbox"
              value={category}
              checked={categories.includes(category)}
              onChange={(event) => {
                setCategories(event.target.checked ? [...categories, category] : categories.filter((c) => c !== category));
                changed();
              }}
            />{' '}
            {dataCategoryLabel(category, language)}
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor="consent-purpose">{t('purpose')}</label>
        <input
          id="consent-purpose"
          required
          minLength={3}
          maxLength={1000}
          value={purpose}
          onChange={(event) => {
            setPurpose(event.target.value);
            changed();
          }}
        />
      </p>
      <p>
        <label htmlFor="consent-valid-until">{t('validUntil')}</label>
        <input
          id="consent-valid-until"
          type="date"
          required
          value={validUntil}
          onChange={(event) => {
            setValidUntil(event.target.value);
            changed();
          }}
        />
      </p>
      <button type="submit" disabled={pending}>
        {t('recordConsent')}
      </button>
      {notice && <p role="status">{t('consentRecorded')}</p>}
      {error && <ErrorNotice code={error} />}
    </form>
  );
}

function Handoffs({ client, clientId }: { client: HubClient; clientId: string }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, ClientHandoffsDocument, { clientId });
  return (
    <section aria-labelledby="client-handoffs-title">
      <h4 id="client-handoffs-title">{t('handoffsTitle')}</h4>
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && result.data.handoffs.edges.length === 0 && <p>{t('nothingHere')}</p>}
      {result.state === 'done' && result.data.handoffs.edges.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('partner')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('priority')}</th>
              <th scope="col">{t('purpose')}</th>
              <th scope="col">{t('dueAt')}</th>
            </tr>
          </thead>
          <tbody>
            {result.data.handoffs.edges.map(({ node }) => (
              <tr key={node.id} data-handoff-id={node.id} className={node.overdue ? 'overdue' : undefined}>
                <td>{node.partner.name}</td>
                <td data-status={node.status}>{statusLabel(node.status, language)}</td>
                <td>{priorityLabel(node.priority, language)}</td>
                <td>{node.purpose}</td>
                <td>
                  {formatDateTime(node.dueAt, language)}
                  {node.overdue ? ` (${t('overdue')})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Aftercare({ client, clientId }: { client: HubClient; clientId: string }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, ClientAftercareDocument, { clientId });
  return (
    <section aria-labelledby="aftercare-title">
      <h4 id="aftercare-title">{t('aftercareTitle')}</h4>
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && result.data.aftercarePrograms.length === 0 && <p>{t('nothingHere')}</p>}
      {result.state === 'done' && result.data.aftercarePrograms.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('startedOn')}</th>
              <th scope="col">{t('endedOn')}</th>
              <th scope="col">{t('homeVisitsPlanned')}</th>
              <th scope="col">{t('nextReviewOn')}</th>
            </tr>
          </thead>
          <tbody>
            {result.data.aftercarePrograms.map((programme) => (
              <tr key={programme.id}>
                <td>{formatLocalDate(programme.startedOn, language)}</td>
                <td>{formatLocalDate(programme.endedOn, language)}</td>
                <td>{programme.homeVisitsPlanned}</td>
                <td>{programme.endedOn ? '' : formatLocalDate(programme.nextReviewOn, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
