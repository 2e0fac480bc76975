import PDFDocument from 'pdfkit';
import { hasEmergency, REPORT_WORDS, reportHeader, type ClientReport } from './client-report.model';

/**
 * The client's report as a PDF (pdfkit), with the PDF standard font Helvetica only: nothing embedded or fetched.
 * Streams are left uncompressed, so the text can be checked in the file; a report is small.
 */
export function clientReportPdf(report: ClientReport): Promise<Buffer> {
  const lang = report.language;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: false,
    info: { Title: REPORT_WORDS.title[lang], Producer: 'Kadera hub', Creator: 'Kadera hub' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(REPORT_WORDS.title[lang]);
  doc.moveDown(0.5).font('Helvetica').fontSize(10).text(REPORT_WORDS.intro[lang]);
  doc.moveDown(0.5);
  for (const [term, value] of reportHeader(report)) doc.font('Helvetica-Bold').text(`${term}: `, { continued: true }).font('Helvetica').text(value);
  doc.moveDown();
  if (hasEmergency(report)) doc.text(REPORT_WORDS.emergencyExplained[lang]).moveDown();
  if (report.lines.length === 0) doc.text(REPORT_WORDS.none[lang]);
  for (const line of report.lines) {
    doc.font('Helvetica-Bold').text(`${line.when}  ${line.organisation}, ${line.role}`);
    if (line.emergency) doc.font('Helvetica-Bold').text(`${line.what}: `, { indent: 12, continued: true }).font('Helvetica').text(line.data.join(', '));
    else doc.font('Helvetica').text(`${line.what}: ${line.data.join(', ')}`, { indent: 12 });
    if (line.emergency?.reason) doc.text(`${REPORT_WORDS.reason[lang]}: ${line.emergency.reason}`, { indent: 12 });
    if (line.emergency) doc.text(line.emergency.review, { indent: 12 });
    doc.moveDown(0.3);
  }
  if (report.truncatedAt) doc.moveDown().text(REPORT_WORDS.truncated[lang].replace('{n}', String(report.truncatedAt)));
  doc.end();
  return done;
}
