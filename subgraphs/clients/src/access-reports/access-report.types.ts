import { Access, DateTime, InputRule, PageInfo, TextLength, USER_ID, Uuid, type AccessAction, type AccessOutcome, type Role } from '@hub/common';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccessLogEntry } from '../access-log.resolver';

/** The log's actions and outcomes as GraphQL enums; `satisfies` keeps them the log's own (access-log-store.ts). */
const AccessActionFilter = { READ: 'READ', SEARCH: 'SEARCH', CREATE: 'CREATE', UPDATE: 'UPDATE', EXPORT: 'EXPORT' } as const satisfies {
  [A in AccessAction]: A;
};
registerEnumType(AccessActionFilter, { name: 'AccessAction', description: 'What an access log entry records was done.' });
const AccessOutcomeFilter = { ALLOWED: 'ALLOWED', DENIED: 'DENIED' } as const satisfies { [O in AccessOutcome]: O };
registerEnumType(AccessOutcomeFilter, { name: 'AccessOutcome', description: 'Whether the access was served or refused.' });

/** Languages of the client's report: Dutch first. */
export enum ReportLanguage {
  NL = 'nl',
  EN = 'en',
}
registerEnumType(ReportLanguage, { name: 'ReportLanguage' });

export enum ReportFormat {
  HTML = 'HTML',
  PDF = 'PDF',
}
registerEnumType(ReportFormat, { name: 'ReportFormat', description: 'HTML (UTF-8 text) or PDF (base64).' });

const periodRule = (args: { from?: Date | null; to?: Date | null }) =>
  args.from && args.to && args.from >= args.to ? { field: 'from', message: 'from must be before to' } : null;

/** The privacy officer's filters: any combination; every one given must hold. */
@ArgsType()
@InputRule<AccessLogFilterArgs>(periodRule)
export class AccessLogFilterArgs {
  @Field(() => Uuid, { nullable: true, description: "Entries touching this client's data." })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: 'Entries of this employee or other user (the user id of the token).' })
  @TextLength(USER_ID)
  userId?: string | null;

  @Field(() => Uuid, { nullable: true, description: 'Entries of the users of this organisation.' })
  organisationId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'From this instant (inclusive).' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Until this instant (exclusive).' })
  to?: Date | null;

  @Field(() => [AccessActionFilter], { nullable: true, description: 'Only these actions.' })
  actions?: AccessAction[] | null;

  @Field(() => AccessOutcomeFilter, { nullable: true })
  outcome?: AccessOutcome | null;
}

@ArgsType()
@InputRule<ClientAccessReportArgs>(periodRule)
export class ClientAccessReportArgs {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => ReportLanguage, { defaultValue: ReportLanguage.NL, description: 'Dutch by default; English available.' })
  language!: ReportLanguage;

  @Field(() => ReportFormat, { defaultValue: ReportFormat.HTML })
  format!: ReportFormat;

  @Field(() => DateTime, { nullable: true, description: 'From this instant (inclusive); default: from the start of the log.' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Until this instant (exclusive); default: now.' })
  to?: Date | null;
}

/** Who reads the log and its reports: the privacy officer. */
export const AUDITOR: Role[] = ['auditor'];
/** Who makes the client's own report for her: Kadera staff (not intake or shelter, no one else). */
export const CLIENT_REPORT_MAKERS: Role[] = ['staff'];

/** A most CSV export holds; a longer period is exported in parts. */
export const ACCESS_LOG_CSV_MAX_ROWS = 5_000;
/** The most log entries one client report reads. */
export const CLIENT_REPORT_MAX_ENTRIES = 5_000;

@ObjectType('AccessLogEntryEdge')
export class AccessLogEntryEdge {
  @Access(...AUDITOR)
  @Field(() => String)
  cursor!: string;

  @Access(...AUDITOR)
  @Field(() => AccessLogEntry)
  node!: AccessLogEntry;
}

@ObjectType('AccessLogEntryConnection', { description: 'A page of access log entries, oldest first.' })
export class AccessLogEntryConnection {
  @Access(...AUDITOR)
  @Field(() => [AccessLogEntryEdge])
  edges!: AccessLogEntryEdge[];

  @Access(...AUDITOR)
  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Access(...AUDITOR)
  @Field(() => Int, { description: 'How many entries match, over every page.' })
  totalCount!: number;
}

@ObjectType({
  description: 'Access log entries as CSV (UTC and Europe/Amsterdam times; cells a spreadsheet would run as formulas are prefixed with an apostrophe).',
})
export class AccessLogCsv {
  @Access(...AUDITOR)
  @Field(() => String)
  csv!: string;

  @Access(...AUDITOR)
  @Field(() => Int, { description: 'Entries in the CSV.' })
  rows!: number;

  @Access(...AUDITOR)
  @Field(() => Boolean, { description: `More entries match than one export holds (${ACCESS_LOG_CSV_MAX_ROWS}): narrow the period.` })
  truncated!: boolean;
}

@ObjectType({ description: "The client's own access report (Wabvpz): who, by organisation and role, saw or changed which of her data, and when." })
export class ClientAccessReport {
  @Access(...CLIENT_REPORT_MAKERS)
  @Field(() => String, { description: 'text/html; charset=utf-8 or application/pdf.' })
  contentType!: string;

  @Access(...CLIENT_REPORT_MAKERS)
  @Field(() => String)
  fileName!: string;

  @Access(...CLIENT_REPORT_MAKERS)
  @Field(() => String, { description: 'The HTML page itself, or the PDF in base64.' })
  content!: string;

  @Access(...CLIENT_REPORT_MAKERS)
  @Field(() => Int, { description: 'Lines in the report (one per moment someone did something).' })
  lines!: number;
}
