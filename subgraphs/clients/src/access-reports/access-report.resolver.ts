import { Access, decodeCursor, encodeCursor, hubError, PageArgs, Paged, pageSize, type RequestContext } from '@hub/common';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { AccessLogEntry } from '../access-log.resolver';
import { Client } from '../client.entity';
import { accessLogCsv } from './access-report.csv';
import { countReportEntries, reportEntries, type ReportFilter } from './access-report.sql';
import {
  ACCESS_LOG_CSV_MAX_ROWS,
  AccessLogCsv,
  AccessLogEntryConnection,
  AccessLogFilterArgs,
  AUDITOR,
  CLIENT_REPORT_MAKERS,
  CLIENT_REPORT_MAX_ENTRIES,
  ClientAccessReport,
  ClientAccessReportArgs,
  ReportFormat,
} from './access-report.types';
import { clientReportHtml } from './client-report.html';
import { clientReport } from './client-report.model';
import { clientReportPdf } from './client-report.pdf';
import { organisationNames } from './organisation-names';
import { consentCategories } from './report-categories';

const filterOf = (args: AccessLogFilterArgs): ReportFilter => ({
  clientId: args.clientId ?? undefined,
  userId: args.userId ?? undefined,
  organisationId: args.organisationId ?? undefined,
  from: args.from ?? undefined,
  to: args.to ?? undefined,
  actions: args.actions ?? undefined,
  outcome: args.outcome ?? undefined,
});

const executor = (context: RequestContext) => (sql: string, params: unknown[]) => context.em.getConnection().execute(sql, params);

/** The privacy officer's reports on the access log, and the client's own report (docs/access-log.md, "Reports"). */
@Resolver()
export class AccessReportResolver {
  @Access(...AUDITOR)
  @Paged()
  @Query(() => AccessLogEntryConnection, {
    description: 'The access log per client, per employee (user id) and/or per organisation, in a period, of some actions or one outcome; oldest first, paged.',
  })
  async accessLogReport(
    @Args(() => AccessLogFilterArgs) args: AccessLogFilterArgs,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<AccessLogEntryConnection> {
    const filter = filterOf(args);
    const [after] = (decodeCursor(page.after ?? undefined, 1) ?? []) as number[];
    if (after !== undefined && !Number.isSafeInteger(after))
      throw hubError('BAD_USER_INPUT', 'after is not a cursor returned by this list', { argument: 'after' });
    const size = pageSize(page);
    const [rows, totalCount] = await Promise.all([reportEntries(executor(context), filter, size + 1, after), countReportEntries(executor(context), filter)]);
    const shown = rows.slice(0, size);
    const edges = shown.map((row) => ({ cursor: encodeCursor([row.seq]), node: Object.assign(new AccessLogEntry(), row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  @Access(...AUDITOR)
  @Query(() => AccessLogCsv, { description: `The same report as CSV, at most ${ACCESS_LOG_CSV_MAX_ROWS} entries.` })
  async accessLogCsv(@Args(() => AccessLogFilterArgs) args: AccessLogFilterArgs, @Ctx() context: RequestContext): Promise<AccessLogCsv> {
    const rows = await reportEntries(executor(context), filterOf(args), ACCESS_LOG_CSV_MAX_ROWS + 1);
    const entries = rows.slice(0, ACCESS_LOG_CSV_MAX_ROWS);
    return Object.assign(new AccessLogCsv(), { csv: accessLogCsv(entries), rows: entries.length, truncated: rows.length > entries.length });
  }

  @Access(...CLIENT_REPORT_MAKERS)
  @Query(() => ClientAccessReport, {
    description:
      "The client's own report of who (organisation and role) saw or changed which of her data and when, in plain Dutch or English, as HTML or PDF, " +
      'for staff to hand to her. Making it is logged as an EXPORT of her file.',
  })
  async clientAccessReport(
    @Args(() => ClientAccessReportArgs) args: ClientAccessReportArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClientAccessReport> {
    if ((await context.em.count(Client, { id: args.clientId })) === 0) throw hubError('NOT_FOUND', 'client was not found', { argument: 'clientId' });
    const filter: ReportFilter = { clientId: args.clientId, from: args.from ?? undefined, to: args.to ?? undefined };
    const rows = await reportEntries(executor(context), filter, CLIENT_REPORT_MAX_ENTRIES + 1);
    const names = await organisationNames(context, rows);
    const language = args.language;
    const report = clientReport({
      language,
      clientId: args.clientId,
      entries: rows.slice(0, CLIENT_REPORT_MAX_ENTRIES),
      names,
      consented: consentCategories(info.schema),
      from: filter.from,
      to: filter.to,
      truncatedAt: rows.length > CLIENT_REPORT_MAX_ENTRIES ? CLIENT_REPORT_MAX_ENTRIES : undefined,
    });
    // The report leaves the hub with her data in it: an EXPORT of her file, written with the answer (the access log plugin).
    context.access.record('ALLOWED', args.clientId, 'Query.clientAccessReport', 'EXPORT');
    const base = `access-report-${args.clientId}-${language}`;
    if (args.format === ReportFormat.PDF) {
      const pdf = await clientReportPdf(report);
      return Object.assign(new ClientAccessReport(), {
        contentType: 'application/pdf',
        fileName: `${base}.pdf`,
        content: pdf.toString('base64'),
        lines: report.lines.length,
      });
    }
    return Object.assign(new ClientAccessReport(), {
      contentType: 'text/html; charset=utf-8',
      fileName: `${base}.html`,
      content: clientReportHtml(report),
      lines: report.lines.length,
    });
  }
}
