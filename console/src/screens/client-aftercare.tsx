import type { HubClient } from '../api/hub-client';
import { ClientAftercareDocument } from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';

/** One client's aftercare programmes. */
export function ClientAftercare({ client, clientId }: { client: HubClient; clientId: string }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, ClientAftercareDocument, { clientId });
  return (
    <section aria-labelledby="aftercare-title">
      <h4 id="aftercare-title">{t('aftercareTitle')}</h4>
      <QueryStates result={result} shown={(data) => data.aftercarePrograms}>
        {(programmes) => (
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
              {programmes.map((programme) => (
                <tr key={programme.id}>
                  <td>{formatDate(programme.startedOn, language)}</td>
                  <td>{formatDate(programme.endedOn, language)}</td>
                  <td>{programme.homeVisitsPlanned}</td>
                  <td>{programme.endedOn ? '' : formatDate(programme.nextReviewOn, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
    </section>
  );
}
