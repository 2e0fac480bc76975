import { useState } from 'react';
import type { HubClient } from '../api/hub-client';
import { ErrorNotice } from '../error-notice';
import {
  MunicipalityStatisticsDocument,
  RegionStatisticsDocument,
  StatisticsMunicipalityDocument,
  type Region,
  type StatisticsFiguresFragment,
} from '../gql/graphql';
import { statCellLabel } from '../i18n/labels';
import { useWords } from '../i18n/language-context';
import type { MessageKey } from '../i18n/messages';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import { yearsToChoose } from './statistics-years';

const REGIONS: Region[] = ['HARDENBERG', 'IJSSELLAND', 'TWENTE'];

/** A municipality's own figures for a chosen year (its CBS code as `me` gives it). */
export function MunicipalityStatistics({ client }: { client: HubClient }) {
  const { t } = useWords();
  const me = useHubQuery(client, StatisticsMunicipalityDocument, {}).result;
  const [year, setYear] = useState(yearsToChoose()[0]);
  const code = me.state === 'done' ? me.data.me.municipalityCode : undefined;
  return (
    <section aria-labelledby="statistics-title">
      <h2 id="statistics-title">
        {t('statisticsTitle')} {code ?? ''}
      </h2>
      <YearPicker year={year} onChange={setYear} />
      <QueryStates result={me} shown={(data) => data.me.municipalityCode || undefined} empty={<ErrorNotice code="FORBIDDEN" />}>
        {(municipalityCode) => <MunicipalityFigures client={client} municipalityCode={municipalityCode} year={year} />}
      </QueryStates>
    </section>
  );
}

function MunicipalityFigures({ client, municipalityCode, year }: { client: HubClient; municipalityCode: string; year: number }) {
  const { result } = useHubQuery(client, MunicipalityStatisticsDocument, { municipalityCode, year });
  return <QueryStates result={result}>{(data) => <Figures figures={data.municipalityStatistics} />}</QueryStates>;
}

/** Kadera: the figures of one of its regions, all its municipalities together. */
export function RegionStatistics({ client }: { client: HubClient }) {
  const { t } = useWords();
  const [year, setYear] = useState(yearsToChoose()[0]);
  const [region, setRegion] = useState<Region>('IJSSELLAND');
  const { result } = useHubQuery(client, RegionStatisticsDocument, { region, year });
  return (
    <section aria-labelledby="statistics-title">
      <h2 id="statistics-title">{t('regionStatisticsTitle')}</h2>
      <label htmlFor="statistics-region">{t('region')}</label>
      <select id="statistics-region" value={region} onChange={(event) => setRegion(event.target.value as Region)}>
        {REGIONS.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <YearPicker year={year} onChange={setYear} />
      <QueryStates result={result}>{(data) => <Figures figures={data.regionStatistics} />}</QueryStates>
    </section>
  );
}

function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useWords();
  return (
    <>
      <label htmlFor="statistics-year">{t('year')}</label>
      <select id="statistics-year" value={year} onChange={(event) => onChange(Number(event.target.value))}>
        {yearsToChoose().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}

interface Stat {
  suppressed: boolean;
  value?: number | null;
}

/**
 * A count as the API gave it. A suppressed count has no value (too few people behind it to show without the risk of
 * recognising them): it is marked in words, never given a number the API did not give.
 */
function StatValue({ stat }: { stat: Stat }) {
  const { t } = useWords();
  if (stat.suppressed) {
    return (
      <span className="suppressed" data-suppressed="true" title={t('suppressedExplained')} aria-describedby="suppressed-note">
        {t('suppressed')}
        <sup aria-hidden="true">*</sup>
      </span>
    );
  }
  return <span data-value={stat.value ?? ''}>{stat.value ?? '—'}</span>;
}

const COUNTS: { key: 'clientsSheltered' | 'ambulatoryClients' | 'aftercarePrograms' | 'alarmDeployments'; label: MessageKey }[] = [
  { key: 'clientsSheltered', label: 'statClientsSheltered' },
  { key: 'ambulatoryClients', label: 'statAmbulatoryClients' },
  { key: 'aftercarePrograms', label: 'statAftercarePrograms' },
  { key: 'alarmDeployments', label: 'statAlarmDeployments' },
];

const GROUPS: { key: 'referralsByKind' | 'handoffsByPartnerType' | 'clientsRegisteredByRiskLevel'; label: MessageKey }[] = [
  { key: 'referralsByKind', label: 'statReferralsByKind' },
  { key: 'handoffsByPartnerType', label: 'statHandoffsByPartnerType' },
  { key: 'clientsRegisteredByRiskLevel', label: 'statClientsByRiskLevel' },
];

function Figures({ figures }: { figures: StatisticsFiguresFragment }) {
  const { t, language } = useWords();
  const anySuppressed =
    COUNTS.some(({ key }) => figures[key].suppressed) ||
    GROUPS.some(({ key }) => figures[key].total.suppressed || figures[key].cells.some((cell) => cell.suppressed));
  return (
    <div data-statistics={`${figures.municipalityCode}-${figures.year}`}>
      <table>
        <caption>
          {t('statisticsYear')} {figures.year}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('figure')}</th>
            <th scope="col">{t('count')}</th>
          </tr>
        </thead>
        <tbody>
          {COUNTS.map(({ key, label }) => (
            <tr key={key} data-stat={key}>
              <th scope="row">{t(label)}</th>
              <td>
                <StatValue stat={figures[key]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {GROUPS.map(({ key, label }) => (
        <table key={key} data-stat={key}>
          <caption>{t(label)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('group')}</th>
              <th scope="col">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {figures[key].cells.map((cell) => (
              <tr key={cell.label}>
                <th scope="row" data-label={cell.label}>
                  {statCellLabel(cell.label, language)}
                </th>
                <td>
                  <StatValue stat={cell} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('total')}</th>
              <td>
                <StatValue stat={figures[key].total} />
              </td>
            </tr>
          </tbody>
        </table>
      ))}
      {anySuppressed && (
        <p className="footnote" id="suppressed-note">
          * {t('suppressedExplained')}
        </p>
      )}
    </div>
  );
}
