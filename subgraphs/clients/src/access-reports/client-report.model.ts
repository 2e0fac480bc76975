import { isRole, localDateTime, ROLE_LABELS, type AccessAction, type Wording } from '@hub/common';
import type { EmergencyFinding } from '../emergency-access.entity';
import type { OrganisationNames } from './organisation-names';
import { categoriesOf, REPORT_CATEGORIES, type ReportCategory } from './report-categories';
import type { ReportEntry } from './access-report.sql';

export type ReportLanguage = keyof Wording;

/** The report's fixed words, per language. */
export const REPORT_WORDS = {
  title: { nl: 'Wie heeft uw gegevens bekeken of gewijzigd', en: 'Who looked at or changed your data' },
  intro: {
    nl: 'Dit overzicht laat zien wie bij Kadera en bij de organisaties waarmee Kadera samenwerkt uw gegevens heeft bekeken of gewijzigd, en wanneer. U heeft recht op dit overzicht (Wet aanvullende bepalingen verwerking persoonsgegevens in de zorg, sinds 1 juli 2020). Tijden zijn Nederlandse tijd.',
    en: 'This overview shows who at Kadera and at the organisations Kadera works with looked at or changed your data, and when. You are entitled to it (Dutch Wabvpz, since 1 July 2020). Times are Dutch time (Europe/Amsterdam).',
  },
  period: { nl: 'Periode', en: 'Period' },
  produced: { nl: 'Gemaakt op', en: 'Produced on' },
  reference: { nl: 'Dossierkenmerk', en: 'File reference' },
  when: { nl: 'Wanneer', en: 'When' },
  who: { nl: 'Wie', en: 'Who' },
  what: { nl: 'Wat', en: 'What' },
  data: { nl: 'Welke gegevens', en: 'Which data' },
  none: { nl: 'In deze periode heeft niemand uw gegevens bekeken of gewijzigd.', en: 'Nobody looked at or changed your data in this period.' },
  truncated: {
    nl: 'Dit overzicht toont alleen de eerste {n} momenten; vraag een kortere periode aan voor de rest.',
    en: 'This overview shows only the first {n} moments; ask for a shorter period for the rest.',
  },
  anotherOrganisation: { nl: 'een andere organisatie', en: 'another organisation' },
  someone: { nl: 'iemand', en: 'someone' },
  refused: { nl: 'geprobeerd, maar geweigerd', en: 'tried, but refused' },
  emergency: { nl: 'geopend in een noodsituatie', en: 'opened in an emergency' },
  emergencyExplained: {
    nl: 'Bij "geopend in een noodsituatie" heeft iemand van Kadera uw gegevens buiten de gewone regels om geopend, omdat het dringend was. Dat mag alleen met een reden, die hieronder staat zoals die is opgegeven. De privacyfunctionaris van Kadera controleert elke keer of het terecht was.',
    en: '"Opened in an emergency" means someone at Kadera opened your data outside the normal rules because it was urgent. That is only allowed with a reason, shown as it was given. Kadera\'s privacy officer checks every time whether it was justified.',
  },
  reason: { nl: 'Reden', en: 'Reason' },
  reviewOpen: { nl: 'nog niet gecontroleerd door de privacyfunctionaris', en: 'not yet checked by the privacy officer' },
  since: { nl: 'vanaf het begin', en: 'from the start' },
  untilNow: { nl: 'tot nu', en: 'until now' },
} as const satisfies Record<string, Wording>;

const ACTION_WORDS: Readonly<Record<AccessAction, Wording>> = {
  READ: { nl: 'bekeken', en: 'viewed' },
  SEARCH: { nl: 'gezien in een zoekresultaat of lijst', en: 'seen in a search result or list' },
  CREATE: { nl: 'vastgelegd', en: 'recorded' },
  UPDATE: { nl: 'gewijzigd', en: 'changed' },
  EXPORT: { nl: 'meegegeven in een overzicht of export', en: 'included in a report or export' },
};

/** The privacy officer's finding on an emergency access, in the report's words. */
const FINDING_WORDS: Readonly<Record<EmergencyFinding, Wording>> = {
  JUSTIFIED: { nl: 'gecontroleerd door de privacyfunctionaris: terecht', en: 'checked by the privacy officer: justified' },
  NOT_JUSTIFIED: { nl: 'gecontroleerd door de privacyfunctionaris: niet terecht', en: 'checked by the privacy officer: not justified' },
};

/** An emergency access as the report tells it: the reason given, and where its review stands. */
export interface ReportEmergency {
  reason: string;
  finding: EmergencyFinding | null;
}

/** One line of the report: one moment someone did one thing. */
interface ReportLine {
  when: string;
  organisation: string;
  role: string;
  what: string;
  data: string[];
  /** A break-glass access (entries with the emergency flag): its reason and review, in words. */
  emergency?: { reason: string | null; review: string };
}

export interface ClientReport {
  language: ReportLanguage;
  clientId: string;
  from: Date | undefined;
  to: Date | undefined;
  producedAt: Date;
  lines: ReportLine[];
  /** Lines left out past the limit (0 when none). */
  truncatedAt: number | undefined;
}

/**
 * The client's report from her log entries: the entries of one request (the same request id, action, outcome
 * and caller; one per subgraph it reached) are one line, their data categories joined. No user ids, no raw
 * organisation ids, no field names: organisation names, roles and data in words.
 */
export function clientReport(input: {
  language: ReportLanguage;
  clientId: string;
  entries: readonly ReportEntry[];
  names: OrganisationNames;
  consented: ReadonlyMap<string, ReportCategory>;
  from?: Date;
  to?: Date;
  producedAt?: Date;
  truncatedAt?: number;
  /** The emergency accesses of her file, by the request that made them (EmergencyAccess.requestId). */
  emergencies?: ReadonlyMap<string, ReportEmergency>;
}): ClientReport {
  const { language: lang } = input;
  const groups = new Map<string, ReportEntry[]>();
  for (const entry of input.entries) {
    // An emergency access is one line, whatever it did: the opening's record written and the file read.
    const action = entry.emergency ? 'EMERGENCY' : entry.action;
    const key = entry.requestId ? JSON.stringify([entry.requestId, action, entry.outcome, entry.userId, entry.organisationId]) : `seq:${entry.seq}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const lines = [...groups.values()].map((group) => {
    const [first] = group;
    const roles = [...new Set(group.flatMap((e) => e.roles))].filter(isRole);
    const what = first.emergency ? REPORT_WORDS.emergency[lang] : (ACTION_WORDS[first.action]?.[lang] ?? first.action);
    const emergency = first.emergency ? emergencyLine(first.requestId ? input.emergencies?.get(first.requestId) : undefined, lang) : undefined;
    return {
      when: localDateTime(first.occurredAt),
      organisation: input.names(first) ?? REPORT_WORDS.anotherOrganisation[lang],
      role: roles.length ? roles.map((role) => ROLE_LABELS[role][lang]).join(', ') : REPORT_WORDS.someone[lang],
      what: first.outcome === 'DENIED' ? `${what}: ${REPORT_WORDS.refused[lang]}` : what,
      data: categoriesOf(
        group.flatMap((e) => e.fields),
        input.consented,
      ).map((category) => REPORT_CATEGORIES[category][lang]),
      ...(emergency && { emergency }),
    };
  });
  return {
    language: lang,
    clientId: input.clientId,
    from: input.from,
    to: input.to,
    producedAt: input.producedAt ?? new Date(),
    lines,
    truncatedAt: input.truncatedAt,
  };
}

function emergencyLine(access: ReportEmergency | undefined, lang: ReportLanguage): { reason: string | null; review: string } {
  const review = access?.finding ? FINDING_WORDS[access.finding] : REPORT_WORDS.reviewOpen;
  return { reason: access?.reason ?? null, review: review[lang] };
}

/** Whether the report holds an emergency access (then it explains what that is). */
export const hasEmergency = (report: ClientReport): boolean => report.lines.some((line) => line.emergency);

/** The report's header lines: period, production time and reference, in its language. */
export function reportHeader(report: ClientReport): Array<[string, string]> {
  const lang = report.language;
  const from = report.from ? localDateTime(report.from) : REPORT_WORDS.since[lang];
  const to = report.to ? localDateTime(report.to) : REPORT_WORDS.untilNow[lang];
  return [
    [REPORT_WORDS.period[lang], `${from} – ${to}`],
    [REPORT_WORDS.produced[lang], localDateTime(report.producedAt)],
    [REPORT_WORDS.reference[lang], report.clientId],
  ];
}
