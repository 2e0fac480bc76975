import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import { ErrorNotice } from '../error-notice';
import { ClientStaysDocument, ShelterLocationNamesDocument } from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { useWords } from '../i18n/language-context';
import { useHubQuery } from '../use-hub-query';
import { unitLabel, type LocationNames } from './capacity-units';
import { Pager } from './pager';
import type { SignedInCaller } from './registry';
import { usePages } from './use-pages';

/**
 * One client's stays, most recent admission first. A shelter location's name is confidential: it is asked for only
 * when the caller's rules allow it; otherwise the unit is named by its region.
 */
export function ClientStays({ client, caller, clientId }: { client: HubClient; caller: SignedInCaller; clientId: string }) {
  if (!mayRunAll(caller.roles, [ShelterLocationNamesDocument])) return <StaysTable client={client} clientId={clientId} names={new Map()} />;
  return <WithLocationNames client={client} clientId={clientId} />;
}

function WithLocationNames({ client, clientId }: { client: HubClient; clientId: string }) {
  const { t } = useWords();
  const { result } = useHubQuery(client, ShelterLocationNamesDocument, {});
  if (result.state === 'loading') return <p>{t('loading')}</p>;
  if (result.state === 'error') return <ErrorNotice code={result.code} />;
  const names = new Map(result.data.shelterLocations.flatMap((l) => (l.name ? [[l.id, l.name] as const] : [])));
  return <StaysTable client={client} clientId={clientId} names={names} />;
}

function StaysTable({ client, clientId, names }: { client: HubClient; clientId: string; names: LocationNames }) {
  const { t, language } = useWords();
  const pages = usePages({ clientId });
  const { result } = useHubQuery(client, ClientStaysDocument, { clientId, first: 20, after: pages.after });
  return (
    <section aria-labelledby="client-stays-title">
      <h4 id="client-stays-title">{t('clientStaysTitle')}</h4>
      {result.state === 'loading' && <p>{t('loading')}</p>}
      {result.state === 'error' && <ErrorNotice code={result.code} />}
      {result.state === 'done' && result.data.stays.edges.length === 0 && <p>{t('nothingHere')}</p>}
      {result.state === 'done' && result.data.stays.edges.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('admittedOn')}</th>
              <th scope="col">{t('dischargedOn')}</th>
              <th scope="col">{t('stayCurrent')}</th>
            </tr>
          </thead>
          <tbody>
            {result.data.stays.edges.map(({ node }) => (
              <tr key={node.id} data-stay-id={node.id} data-current={node.dischargedOn ? undefined : ''}>
                <td>{unitLabel({ type: node.placementType, location: node.location }, names, language, t('secretLocation'))}</td>
                <td>{formatDate(node.admittedOn, language)}</td>
                <td>{formatDate(node.dischargedOn, language)}</td>
                <td>{node.dischargedOn ? t('no') : t('yes')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.state === 'done' && <Pager pages={pages} pageInfo={result.data.stays.pageInfo} />}
    </section>
  );
}
