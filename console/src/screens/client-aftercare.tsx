import type { HubClient } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import { ClientAftercareDocument } from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { useWords } from '../i18n/language-context';
import { useHubQuery } from '../use-hub-query';

/** One client's aftercare programmes. */
export function ClientAftercare({ client, clientId }: { client: HubClient; clientId: string }) {
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
                <td>{formatDate(programme.startedOn, language)}</td>
                <td>{formatDate(programme.endedOn, language)}</td>
                <td>{programme.homeVisitsPlanned}</td>
                <td>{programme.endedOn ? '' : formatDate(programme.nextReviewOn, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
