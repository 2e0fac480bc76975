import { hasEmergency, REPORT_WORDS, reportHeader, type ClientReport } from './client-report.model';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// Inline only: the page loads nothing (no fonts, images or scripts from anywhere), so it can be mailed or printed as it is.
const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem;color:#1a1a1a}
h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}tr.emergency td{background:#fff1e0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}`;

/** The client's report as one self-contained HTML page; every value escaped. */
export function clientReportHtml(report: ClientReport): string {
  const lang = report.language;
  const e = escapeHtml;
  const header = reportHeader(report)
    .map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`)
    .join('');
  const what = (line: ClientReport['lines'][number]) =>
    line.emergency
      ? `<strong>${e(line.what)}</strong>${line.emergency.reason ? `<br>${e(REPORT_WORDS.reason[lang])}: ${e(line.emergency.reason)}` : ''}<br>${e(line.emergency.review)}`
      : e(line.what);
  const rows = report.lines
    .map(
      (line) =>
        `<tr${line.emergency ? ' class="emergency"' : ''}><td>${e(line.when)}</td><td>${e(line.organisation)}, ${e(line.role)}</td><td>${what(line)}</td><td>${e(line.data.join(', '))}</td></tr>`,
    )
    .join('\n');
  const explained = hasEmergency(report) ? `<p>${e(REPORT_WORDS.emergencyExplained[lang])}</p>` : '';
  const table = report.lines.length
    ? `<table><thead><tr><th>${e(REPORT_WORDS.when[lang])}</th><th>${e(REPORT_WORDS.who[lang])}</th><th>${e(REPORT_WORDS.what[lang])}</th><th>${e(REPORT_WORDS.data[lang])}</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
    : `<p>${e(REPORT_WORDS.none[lang])}</p>`;
  const truncated = report.truncatedAt ? `<p>${e(REPORT_WORDS.truncated[lang].replace('{n}', String(report.truncatedAt)))}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(REPORT_WORDS.title[lang])}</title><style>${STYLE}</style></head>
<body><h1>${e(REPORT_WORDS.title[lang])}</h1><p>${e(REPORT_WORDS.intro[lang])}</p><dl>${header}</dl>
${explained}${table}${truncated}
</body></html>
`;
}
