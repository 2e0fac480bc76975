import type { ReactNode } from 'react';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import { TodayContactQueueDocument, TodayOverdueHandoffsDocument, TodayReviewsDueDocument, TodayWaitlistOffersDocument } from '../gql/graphql';
import { formatDate, formatDateTime } from '../i18n/dates';
import { partnerTypeLabel, placementTypeLabel, priorityLabel, reviewKindLabel, statusLabel } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';
import { useWords } from '../i18n/language-context';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import { useIsOffered, useNavigate } from './navigation';
import type { SignedInCaller } from './registry';

/** Work due today and overdue (0: today; the queues always include what is overdue). */
const WITHIN_DAYS = 0;

/** Today's sections, one operation each, in the order shown. */
const SECTIONS = [
  { id: 'contacts', document: TodayContactQueueDocument, Section: ContactQueue },
  { id: 'overdue-handoffs', document: TodayOverdueHandoffsDocument, Section: OverdueHandoffs },
  { id: 'waitlist-offers', document: TodayWaitlistOffersDocument, Section: WaitlistOffers },
  { id: 'reviews', document: TodayReviewsDueDocument, Section: ReviewsDue },
];

/** Today is offered to a caller who may run at least one of these (registry.ts). */
export const TODAY_DOCUMENTS = SECTIONS.map((section) => section.document);

/**
 * The first screen for Kadera roles: its work queues. Each section runs one operation and is shown only when one of
 * the caller's roles may run it (the field rules), so a role sees the queues it works and nothing it may not select.
 */
export function Today({ client, caller }: { client: HubClient; caller: SignedInCaller }) {
  const { t } = useWords();
  const sections = SECTIONS.filter(({ document }) => mayRunAll(caller.roles, [document]));
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">{t('todayTitle')}</h2>
      {sections.length === 0 && <p>{t('nothingHere')}</p>}
      {sections.map(({ id, Section }) => (
        <Section key={id} client={client} />
      ))}
    </section>
  );
}

/** One section: a heading with the total, the rows, and a link to the screen where the work is done (when offered). */
function TodaySection({
  id,
  title,
  total,
  link,
  children,
}: {
  id: string;
  title: MessageKey;
  total?: number;
  link?: { screen: string; label: MessageKey };
  children: ReactNode;
}) {
  const { t } = useWords();
  const navigate = useNavigate();
  const offered = useIsOffered(link?.screen ?? '');
  return (
    <section aria-labelledby={`${id}-title`} className="today-section" data-section={id}>
      <h3 id={`${id}-title`}>
        {t(title)}
        {total !== undefined && ` (${total})`}
      </h3>
      {children}
      {link && offered && (
        <button type="button" className="link" onClick={() => navigate(link.screen)}>
          {t(link.label)}
        </button>
      )}
    </section>
  );
}

function ContactQueue({ client }: { client: HubClient }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, TodayContactQueueDocument, { withinDays: WITHIN_DAYS });
  const queue = result.state === 'done' ? result.data.referralContactQueue : undefined;
  return (
    <TodaySection id="today-contacts" title="todayContacts" total={queue?.totalCount} link={{ screen: 'referrals', label: 'toReferrals' }}>
      <QueryStates result={result} shown={(data) => data.referralContactQueue.edges}>
        {(edges) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('contactDueAt')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('priority')}</th>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('referrer')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id} data-referral-id={node.id} className={node.overdue ? 'overdue' : undefined}>
                  <td>
                    {formatDateTime(node.contactDueAt, language)}
                    {node.overdue ? ` (${t('overdue')})` : ''}
                  </td>
                  <td>{statusLabel(node.status, language)}</td>
                  <td>{priorityLabel(node.priority, language)}</td>
                  <td>{node.region}</td>
                  <td>{node.referrerOrganisationName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
    </TodaySection>
  );
}

function OverdueHandoffs({ client }: { client: HubClient }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, TodayOverdueHandoffsDocument, {});
  const counts = result.state === 'done' ? result.data.overdueHandoffCounts : undefined;
  return (
    <TodaySection
      id="today-overdue-handoffs"
      title="todayOverdueHandoffs"
      total={counts?.reduce((sum, row) => sum + row.count, 0)}
      link={{ screen: 'handoffs', label: 'toHandoffs' }}
    >
      <QueryStates result={result} shown={(data) => data.overdueHandoffCounts}>
        {(rows) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('partner')}</th>
                <th scope="col">{t('partnerType')}</th>
                <th scope="col">{t('overdueCount')}</th>
                <th scope="col">{t('oldestDueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.partnerOrganisation.id} data-partner-id={row.partnerOrganisation.id}>
                  <td>{row.partnerOrganisation.name}</td>
                  <td>{partnerTypeLabel(row.partnerType, language)}</td>
                  <td>{row.count}</td>
                  <td>{formatDateTime(row.oldestDueAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
    </TodaySection>
  );
}

function WaitlistOffers({ client }: { client: HubClient }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, TodayWaitlistOffersDocument, {});
  const offers = result.state === 'done' ? result.data.waitlistOffers : undefined;
  return (
    <TodaySection id="today-waitlist-offers" title="todayWaitlistOffers" total={offers?.totalCount} link={{ screen: 'capacity', label: 'toCapacity' }}>
      <QueryStates result={result} shown={(data) => data.waitlistOffers.edges}>
        {(edges) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('offerExpiresAt')}</th>
                <th scope="col">{t('placementType')}</th>
                <th scope="col">{t('location')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{formatDateTime(node.offerExpiresAt, language)}</td>
                  <td>{placementTypeLabel(node.placementType, language)}</td>
                  <td>{node.location.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
    </TodaySection>
  );
}

function ReviewsDue({ client }: { client: HubClient }) {
  const { t, language } = useWords();
  const { result } = useHubQuery(client, TodayReviewsDueDocument, { withinDays: WITHIN_DAYS });
  const reviews = result.state === 'done' ? result.data.reviewsDue : undefined;
  return (
    <TodaySection id="today-reviews" title="todayReviewsDue" total={reviews?.totalCount}>
      <QueryStates result={result} shown={(data) => data.reviewsDue.edges}>
        {(edges) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dueOn')}</th>
                <th scope="col">{t('reviewKind')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={`${node.kind}-${node.id}`} className={node.overdue ? 'overdue' : undefined}>
                  <td>
                    {formatDate(node.dueOn, language)}
                    {node.overdue ? ` (${t('overdue')})` : ''}
                  </td>
                  <td>{reviewKindLabel(node.kind, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryStates>
    </TodaySection>
  );
}
