import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { errorCode } from '../api/error-code';
import { mayRunAll, mayRunOperations } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import {
  ClientAftercareDocument,
  ClientConsentsDocument,
  ClientHandoffsDocument,
  ClientIdentityDocument,
  ClientStaysDocument,
  PartnerOrganisationNamesDocument,
} from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { riskLevelLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import { ClientAftercare } from './client-aftercare';
import { ClientConsents } from './client-consents';
import { ClientHandoffs } from './client-handoffs';
import { ClientSearch } from './client-search';
import { ClientStays } from './client-stays';
import { CONFIDENTIAL_ADDRESS_OPERATION } from './confidential-address';
import type { SignedInCaller } from './registry';
import { CLIENT_FILE_SCREEN, clientFileHref } from './screen-links';
import { useScreenLink } from './use-screen-link';

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
  return (
    <QueryStates result={result} shown={(data) => data.client} empty={<p role="alert">{t('clientNotFound')}</p>}>
      {(person) => (
        <article aria-labelledby="identity-title" data-client-id={person.id}>
          <h3 id="identity-title">
            {t('identity')}: {person.name}
          </h3>
          <dl>
            <dt>{t('dateOfBirth')}</dt>
            <dd>{formatDate(person.dateOfBirth, language)}</dd>
            <dt>{t('municipality')}</dt>
            <dd>{person.municipalityCode}</dd>
            <dt>{t('riskLevel')}</dt>
            <dd data-risk-level={person.riskLevel}>{riskLevelLabel(person.riskLevel, language)}</dd>
          </dl>
          {mayRunOperations(caller.roles, [CONFIDENTIAL_ADDRESS_OPERATION]) && <ConfidentialAddress client={client} clientId={clientId} />}
          {may(ClientStaysDocument) && <ClientStays client={client} caller={caller} clientId={clientId} />}
          {may(ClientConsentsDocument, PartnerOrganisationNamesDocument) && <ClientConsents client={client} caller={caller} clientId={clientId} />}
          {may(ClientHandoffsDocument) && <ClientHandoffs client={client} clientId={clientId} />}
          {may(ClientAftercareDocument) && <ClientAftercare client={client} clientId={clientId} />}
        </article>
      )}
    </QueryStates>
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
