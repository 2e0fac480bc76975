import type { HubClient } from '../api/hub-client';
import { ClientStaysDocument } from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import { unitLabel, type LocationNames } from './capacity-units';
import { WithLocationNames } from './location-names';
import { Pager } from './pager';
import type { SignedInCaller } from './registry';
import { usePages } from './use-pages';

/** One client's stays, most recent admission first; a unit's location by name where the caller may read it (location-names.tsx). */
export function ClientStays({ client, caller, clientId }: { client: HubClient; caller: SignedInCaller; clientId: string }) {
  return (
    <WithLocationNames client={client} caller={caller}>
      {(names) => <StaysTable client={client} clientId={clientId} names={names} />}
    </WithLocationNames>
  );
}

function StaysTable({ client, clientId, names }: { client: HubClient; clientId: string; names: LocationNames }) {
  const { t, language } = useWords();
  const pages = usePages({ clientId });
  const { result } = useHubQuery(client, ClientStaysDocument, { clientId, first: 20, after: pages.after });
  return (
    <section aria-labelledby="client-stays-title">
      <h4 id="client-stays-title">{t('clientStaysTitle')}</h4>
      <QueryStates result={result} shown={(data) => data.stays.edges}>
        {(edges) => (
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
              {edges.map(({ node }) => (
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
      </QueryStates>
      {result.state === 'done' && <Pager pages={pages} pageInfo={result.data.stays.pageInfo} />}
    </section>
  );
}
