import { useState, type FormEvent } from 'react';
import { asHubError } from '../api/error-code';
import { HubError, type HubClient } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import { CreateHandoffDocument, HandoffClientSearchDocument, HandoffPartnerOrganisationsDocument, type DataCategory, type Priority } from '../gql/graphql';
import { categoryCodeLabel, DATA_CATEGORIES, dataCategoryLabel, partnerTypeLabel, priorityLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import { useHubQuery } from '../use-hub-query';

const PRIORITIES: Priority[] = ['ROUTINE', 'URGENT'];

interface FoundClient {
  id: string;
  name?: string | null;
  dateOfBirth?: string | null;
}

/**
 * A new handoff: the client (found by name), an active partner organisation, the data shared, purpose and priority. The
 * hub checks the consent (and which data this kind of partner may receive) and the form shows its answer: for missing
 * consent, the categories the hub names as missing.
 */
export function HandoffCreate({
  client,
  clientId: givenClientId,
  onCreated,
  onCancel,
}: {
  client: HubClient;
  clientId?: string;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t, language } = useWords();
  const partners = useHubQuery(client, HandoffPartnerOrganisationsDocument, {}).result;
  const [name, setName] = useState('');
  const [found, setFound] = useState<FoundClient[] | undefined>(givenClientId ? [{ id: givenClientId }] : undefined);
  const [clientId, setClientId] = useState(givenClientId ?? '');
  const [partnerId, setPartnerId] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>(['IDENTITY']);
  const [purpose, setPurpose] = useState('');
  const [priority, setPriority] = useState<Priority>('ROUTINE');
  const [error, setError] = useState<HubError | undefined>();
  const [busy, setBusy] = useState(false);

  const search = () => {
    setError(undefined);
    client.query(HandoffClientSearchDocument, { name }).then(
      (data) => {
        const clients = data.searchClients.edges.map((edge) => edge.node);
        setFound(clients);
        setClientId(clients[0]?.id ?? '');
      },
      (failure: unknown) => setError(asHubError(failure)),
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    client.mutate(CreateHandoffDocument, { input: { clientId, partnerOrganisationId: partnerId, categories, purpose, priority } }).then(
      (data) => onCreated(data.createHandoff.id),
      (failure: unknown) => {
        setBusy(false);
        setError(asHubError(failure));
      },
    );
  };
  const toggle = (category: DataCategory, on: boolean) =>
    setCategories((current) => (on ? [...current.filter((c) => c !== category), category] : current.filter((c) => c !== category)));

  return (
    <section aria-labelledby="handoff-create-title">
      <h2 id="handoff-create-title">{t('newHandoff')}</h2>
      <div className="field">
        <label htmlFor="handoff-client-name">{t('clientName')}</label>
        <input id="handoff-client-name" value={name} onChange={(event) => setName(event.target.value)} />
        <button type="button" onClick={search} disabled={name.trim().length < 2}>
          {t('search')}
        </button>
      </div>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="handoff-client">{t('client')}</label>
          <select id="handoff-client" required value={clientId} onChange={(event) => setClientId(event.target.value)}>
            <option value="">{found && found.length === 0 ? t('noClientFound') : t('chooseClient')}</option>
            {(found ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name ?? c.id}
                {c.dateOfBirth ? ` (${c.dateOfBirth})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="handoff-partner">{t('partner')}</label>
          <select id="handoff-partner" required value={partnerId} onChange={(event) => setPartnerId(event.target.value)}>
            <option value="">{t('choosePartner')}</option>
            {partners.state === 'done' &&
              partners.data.partnerOrganisations
                .filter((partner) => partner.active)
                .map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.name} ({partnerTypeLabel(partner.partnerType, language)})
                  </option>
                ))}
          </select>
          {partners.state === 'error' && <ErrorNotice code={partners.code} />}
        </div>
        <fieldset>
          <legend>{t('categories')}</legend>
          {DATA_CATEGORIES.map((category) => (
            <label key={category} className="check">
              <input type="checkbox" value={category} checked={categories.includes(category)} onChange={(event) => toggle(category, event.target.checked)} />{' '}
              {dataCategoryLabel(category, language)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="handoff-purpose">{t('purpose')}</label>
          <textarea id="handoff-purpose" required rows={3} value={purpose} onChange={(event) => setPurpose(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="handoff-priority">{t('priority')}</label>
          <select id="handoff-priority" value={priority} onChange={(event) => setPriority(event.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {priorityLabel(p, language)}
              </option>
            ))}
          </select>
        </div>
        {error && <ErrorNotice code={error.code} />}
        {error && error.code === 'CONSENT_REQUIRED' && error.missing.length > 0 && (
          <p className="consent-missing" data-missing={error.missing.join(' ')}>
            {t('consentMissingFor')} {error.missing.map((code) => categoryCodeLabel(code, language)).join(', ')}.
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('createHandoff')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </form>
    </section>
  );
}
