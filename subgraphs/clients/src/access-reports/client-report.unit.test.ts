import { DataCategory, DEMO_PARTNERS, KADERA, NO_EXTRAS } from '@hub/common';
import { inflateSync } from 'node:zlib';
import { accessLogCsv, neutraliseFormula } from './access-report.csv';
import type { ReportEntry } from './access-report.sql';
import { clientReportHtml, escapeHtml } from './client-report.html';
import { clientReport } from './client-report.model';
import { clientReportPdf } from './client-report.pdf';
import { namesOf } from './organisation-names';
import { categoriesOf, TYPE_CATEGORIES } from './report-categories';
import { EmergencyFinding } from '../emergency-access.entity';
import { SUBGRAPH_NAMES } from '@hub/common';
import { peerSubgraph } from '@hub/testing';

const CLIENT = '11111111-1111-4111-8111-111111111111';
const entry = (over: Partial<ReportEntry>): ReportEntry => ({
  seq: 1,
  eventId: 'e1',
  occurredAt: new Date('2026-07-01T10:15:00Z'),
  action: 'READ',
  outcome: 'ALLOWED',
  clientIds: [CLIENT],
  userId: 'staff-1',
  organisationId: KADERA.id,
  roles: ['staff'],
  purpose: 'care',
  fields: ['Client.name'],
  sourceService: 'clients',
  requestId: 'r1',
  ...NO_EXTRAS,
  ...over,
});
const HOSTILE = `<script>alert("x")</script> & 'Zorg'`;
const partner = DEMO_PARTNERS[0];
const names = namesOf(new Map([[partner.id, HOSTILE]]));
const consented = new Map([
  ['Client.name', 'IDENTITY' as const],
  ['Client.healthScreeningSummary', 'HEALTH' as const],
]);
const ENTRIES = [
  entry({}),
  entry({ seq: 2, sourceService: 'handoffs', fields: ['Handoff.status'] }),
  entry({ seq: 3, requestId: 'r2', userId: 'ggz-1', organisationId: partner.id, roles: ['partner:ggz'], fields: ['Client.healthScreeningSummary'] }),
  entry({ seq: 4, requestId: 'r3', userId: 'intake-1', roles: ['intake'], outcome: 'DENIED', fields: ['Client.confidentialAddress'] }),
  entry({
    seq: 5,
    requestId: 'r4',
    userId: 'x',
    organisationId: '99999999-9999-4999-8999-999999999999',
    roles: ['referrer'],
    action: 'UPDATE',
    fields: ['Referral.status'],
  }),
];
const report = (language: 'nl' | 'en') =>
  clientReport({ language, clientId: CLIENT, entries: ENTRIES, names, consented, producedAt: new Date('2026-07-02T08:00:00Z') });

/** The text a pdfkit page shows, from its uncompressed content streams (hex strings of TJ operators). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
    const body = Buffer.from(m[1], 'latin1');
    try {
      return inflateSync(body).toString('latin1');
    } catch {
      return m[1];
    }
  });
  return streams
    .flatMap((s) => [...s.matchAll(/\[([^\]]*)\]\s*TJ/g)])
    .map((m) => [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''))
    .join(' ');
}

describe("the client's own report", () => {
  it('names organisations and roles in words, never user or organisation ids; one line per request', () => {
    const nl = report('nl');
    expect(nl.lines).toHaveLength(4);
    expect(nl.lines[0]).toEqual({
      when: '2026-07-01 12:15:00',
      organisation: 'Kadera',
      role: 'hulpverlener',
      what: 'bekeken',
      data: ['persoonsgegevens (naam, geboortedatum, gemeente)', 'overdracht aan een ketenpartner'],
    });
    expect(nl.lines[1]).toMatchObject({ organisation: HOSTILE, role: 'medewerker geestelijke gezondheidszorg (ggz)', data: ['gezondheid (screening)'] });
    expect(nl.lines[2]).toMatchObject({ role: 'medewerker van het aanmeldteam (Toegang en Trajecten)', what: 'bekeken: geprobeerd, maar geweigerd' });
    expect(nl.lines[3]).toMatchObject({ organisation: 'een andere organisatie', role: 'verwijzer', what: 'gewijzigd', data: ['aanmelding (verwijzing)'] });
    const text = JSON.stringify(nl);
    for (const id of ['staff-1', 'ggz-1', 'intake-1', partner.id, KADERA.id, '99999999-9999-4999-8999-999999999999', 'Client.', 'partner:ggz']) {
      expect(text).not.toContain(id);
    }
  });

  it('is in English on request', () => {
    const en = report('en');
    expect(en.lines.map((l) => [l.organisation, l.role, l.what])).toEqual([
      ['Kadera', 'care worker', 'viewed'],
      [HOSTILE, 'mental health care worker', 'viewed'],
      ['Kadera', 'intake team member', 'viewed: tried, but refused'],
      ['another organisation', 'referring professional', 'changed'],
    ]);
    expect(clientReportHtml(en)).toContain('Who looked at or changed your data');
  });

  it('HTML: self-contained, every value escaped', () => {
    const html = clientReportHtml(report('nl'));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Wie heeft uw gegevens bekeken of gewijzigd');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Zorg&#39;');
    expect(html).not.toMatch(/(src|href)=|@import|url\(/);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('PDF: a PDF holding the report text, with no embedded or remote font', async () => {
    const pdf = await clientReportPdf(report('nl'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of ['Wie heeft uw gegevens bekeken of gewijzigd', 'Kadera, hulpverlener', 'gezondheid (screening)', 'verwijzer']) {
      expect(text).toContain(expected);
    }
    expect(pdf.toString('latin1')).not.toMatch(/FontFile|https?:\/\//);
    expect(pdfText(await clientReportPdf(report('en')))).toContain('Who looked at or changed your data');
  });

  it('an emergency opening is one line, said as such, with the reason (escaped) and its review, in HTML and PDF', async () => {
    const reason = `Politie belt <b>nu</b>: adres nodig voor de ambulance & de kinderen`;
    const emergency = [
      entry({ seq: 10, requestId: 'r9', userId: 'intake-1', roles: ['intake'], action: 'CREATE', emergency: true, fields: ['EmergencyAccess.reason'] }),
      entry({
        seq: 11,
        requestId: 'r9',
        userId: 'intake-1',
        roles: ['intake'],
        action: 'READ',
        emergency: true,
        fields: ['EmergencyClientView.confidentialAddress', 'EmergencyClientView.name', 'EmergencyAccess.client'],
      }),
      entry({
        seq: 12,
        requestId: 'r10',
        userId: 'shelter-1',
        roles: ['shelter'],
        action: 'READ',
        emergency: true,
        fields: ['EmergencyClientView.riskLevel'],
      }),
    ];
    const make = (language: 'nl' | 'en') =>
      clientReport({
        language,
        clientId: CLIENT,
        entries: [...ENTRIES, ...emergency],
        names,
        consented,
        emergencies: new Map([['r9', { reason, finding: EmergencyFinding.NOT_JUSTIFIED }]]),
      });
    const nl = make('nl');
    expect(nl.lines).toHaveLength(6);
    expect(nl.lines[4]).toEqual({
      when: '2026-07-01 12:15:00',
      organisation: 'Kadera',
      role: 'medewerker van het aanmeldteam (Toegang en Trajecten)',
      what: 'geopend in een noodsituatie',
      data: [
        'persoonsgegevens (naam, geboortedatum, gemeente)',
        'verblijfadres of opvanglocatie',
        'registratie van het openen in een noodsituatie (met de reden)',
      ],
      emergency: { reason, review: 'gecontroleerd door de privacyfunctionaris: niet terecht' },
    });
    // An opening whose record is gone (erased) still shows as one, without its reason.
    expect(nl.lines[5].emergency).toEqual({ reason: null, review: 'nog niet gecontroleerd door de privacyfunctionaris' });
    expect(nl.lines.slice(0, 4).every((line) => !line.emergency)).toBe(true);

    const html = clientReportHtml(nl);
    expect(html.match(/<tr class="emergency">/g)).toHaveLength(2);
    expect(html).toContain('Reden: Politie belt &lt;b&gt;nu&lt;/b&gt;: adres nodig voor de ambulance &amp; de kinderen');
    expect(html).not.toContain('<b>nu</b>');
    expect(html).toContain('Bij &quot;geopend in een noodsituatie&quot;');
    expect(clientReportHtml(report('nl'))).not.toContain('noodsituatie');
    const en = make('en');
    expect(en.lines[4].what).toBe('opened in an emergency');
    expect(clientReportHtml(en)).toContain('checked by the privacy officer: not justified');

    const text = pdfText(await clientReportPdf(nl));
    for (const expected of ['geopend in een noodsituatie', 'Reden: Politie belt <b>nu</b>', 'niet terecht']) expect(text).toContain(expected);
    expect(pdfText(await clientReportPdf(en))).toContain('opened in an emergency');
  });

  it('an empty period says so', () => {
    const empty = clientReport({ language: 'en', clientId: CLIENT, entries: [], names, consented });
    expect(clientReportHtml(empty)).toContain('Nobody looked at or changed your data in this period.');
  });

  it('data categories: a consent rule first, then the field, then its type', () => {
    expect(categoriesOf(['Client.healthScreeningSummary', 'Client.confidentialAddress', 'Stay.location', 'Stay.admittedOn', 'Thing.x'], consented)).toEqual([
      'ADDRESS',
      'HEALTH',
      'STAY',
      'OTHER',
    ]);
    expect(DataCategory.HEALTH_SCREENING).toBe('HEALTH_SCREENING');
  });

  it("every subgraph's client-linked type has its category in the report's words", () => {
    const linked = SUBGRAPH_NAMES.flatMap((name) => Object.keys(peerSubgraph(name).clientLinked ?? {}));
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.filter((type) => !TYPE_CATEGORIES[type])).toEqual([]);
  });
});

describe('the access log CSV', () => {
  it('has UTC and Amsterdam times, and neutralises cells a spreadsheet would run', () => {
    const csv = accessLogCsv([entry({ userId: '=HYPERLINK("http://evil")', purpose: '+SUM(1)', requestId: '-1', organisationId: '@x' })]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'seq,event_id,occurred_at_utc,occurred_at_europe_amsterdam,action,outcome,user_id,organisation_id,roles,purpose,client_ids,fields,source_service,request_id,on_behalf_of,application_id,source_address,objects,consent_ids,emergency',
    );
    expect(row).toContain('2026-07-01T10:15:00.000Z,2026-07-01 12:15:00,READ,ALLOWED');
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(`"'+SUM(1)"`);
    expect(row).toContain(`"'-1"`);
    expect(row).toContain(`"'@x"`);
    for (const cell of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${cell}1`)).toBe(`'${cell}1`);
    expect(neutraliseFormula('staff-1')).toBe('staff-1');
  });
});
