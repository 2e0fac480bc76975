import { DEMO_CLIENTS } from '@hub/common';
import { testCallers } from '@hub/testing';
import type { Page } from 'playwright-core';
import { consoleSuite, describeInBrowser, openConsole, screenshot, seriousViolations, signIn } from '../console/browser-session';

const ggz = testCallers.partnerOfType('GGZ');
const COVERAGE = `query ($c: UUID!, $p: UUID!) { consentCoverage(clientId: $c, partnerOrganisationId: $p, categories: [IDENTITY, HEALTH_SCREENING]) { covered missing } }`;
const CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const READ = `query ($id: UUID!) { handoff(id: $id) { status history { to side } } }`;
const FIGURES = `clientsSheltered { suppressed value } ambulatoryClients { suppressed value } aftercarePrograms { suppressed value }
  alarmDeployments { suppressed value }
  referralsByKind { cells { suppressed value } total { suppressed value } }
  handoffsByPartnerType { cells { suppressed value } total { suppressed value } }
  clientsRegisteredByRiskLevel { cells { suppressed value } total { suppressed value } }`;
const MUNICIPALITY_STATISTICS = `query ($code: String!, $year: Int!) { municipalityStatistics(municipalityCode: $code, year: $year) { ${FIGURES} } }`;
const REGION_STATISTICS = `query ($region: Region!, $year: Int!) { regionStatistics(region: $region, year: $year) { ${FIGURES} } }`;
const PURPOSE = 'Screening na de crisisopvang (console)';

interface Stat {
  suppressed: boolean;
  value: number | null;
}

/** Every count of a statistics answer in the order the screen shows them: 'suppressed' where the hub gave no number. */
function countsOf(statistics: Record<string, Stat | { total: Stat; cells: Stat[] }>): (number | null | 'suppressed')[] {
  return Object.values(statistics)
    .flatMap((s) => ('total' in s ? [...s.cells, s.total] : [s]))
    .map((s) => (s.suppressed ? 'suppressed' : s.value));
}

/** The counts on the page, in document order: 'suppressed' for a marked cell, else the number shown. */
async function countsOnPage(page: Page) {
  return page
    .locator('[data-suppressed], [data-value]')
    .evaluateAll((cells) => cells.map((c) => (c.getAttribute('data-suppressed') === 'true' ? 'suppressed' : Number(c.textContent))));
}

const thisYear = () => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));

describeInBrowser('the console: Today, creating and following handoffs, and a municipality’s figures', () => {
  const suite = consoleSuite();
  // A demo client with no consent for the GGZ demo organisation (checked below, through the hub).
  const person = DEMO_CLIENTS[12];
  let handoffId: string;

  it('staff land on Today, meet the consent check creating a handoff, and create it once consent is recorded', async () => {
    const coverage = await suite.hub.query(COVERAGE, { c: person.id, p: ggz.organisationId });
    expect(coverage.data.consentCoverage).toEqual({ covered: false, missing: ['IDENTITY', 'HEALTH_SCREENING'] });
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'staff');
      await page.getByRole('heading', { name: 'Vandaag', level: 2 }).waitFor();
      // Every work queue staff may run, each under its own heading.
      for (const name of ['Contact met verwijzer: vandaag of te laat', 'Overdrachten te laat, per partner', 'Openstaande aanbiedingen van de wachtlijst']) {
        await page.getByRole('heading', { name: new RegExp(`^${name}`) }).waitFor();
      }
      await page.locator('[data-section="today-overdue-handoffs"] tr[data-partner-id]').first().waitFor();
      // Every section has answered (a locator, not a string predicate: the console's CSP forbids eval in the page).
      await page.getByText('Bezig met laden').first().waitFor({ state: 'detached' });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'today');

      // Today links to the handoffs; the list puts the overdue ones first.
      await page.getByRole('button', { name: 'Naar de overdrachten' }).click();
      await page.getByRole('heading', { name: 'Overdrachten', level: 2 }).waitFor();
      await page.locator('tr[data-handoff-id]').first().waitFor();
      const overdue = await page.locator('tr[data-handoff-id]').evaluateAll((rows) => rows.map((r) => r.classList.contains('overdue')));
      expect(overdue).toContain(true);
      expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'handoffs');

      // A new handoff for a client without consent: the hub refuses, and the form says which consent is missing.
      await page.getByRole('button', { name: 'Nieuwe overdracht' }).click();
      await page.getByLabel('Naam cliënt (zoeken)').fill(person.name);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.locator(`#handoff-client option[value="${person.id}"]`).waitFor({ state: 'attached' });
      await page.getByLabel('Cliënt', { exact: true }).selectOption(person.id);
      await page.getByLabel('Partner').selectOption(ggz.organisationId!);
      await page.getByLabel('Gezondheidsscreening').check();
      await page.getByLabel('Doel').fill(PURPOSE);
      await page.getByLabel('Prioriteit').selectOption('URGENT');
      await page.getByRole('button', { name: 'Overdracht aanmaken' }).click();
      await page.locator('[role="alert"][data-code="CONSENT_REQUIRED"]').waitFor();
      const missing = page.locator('.consent-missing');
      expect(await missing.getAttribute('data-missing')).toBe('IDENTITY HEALTH_SCREENING');
      expect(await missing.textContent()).toBe('Er ontbreekt toestemming voor: Identiteit, Gezondheidsscreening.');
      expect(await seriousViolations(page)).toEqual([]);

      // Kadera records the client's consent; the same form, sent again, creates the handoff and opens it.
      const consent = await suite.hub.query(CONSENT, {
        input: {
          clientId: person.id,
          partnerOrganisationId: ggz.organisationId,
          categories: ['IDENTITY', 'HEALTH_SCREENING'],
          purpose: PURPOSE,
          validUntil: '2099-12-31',
        },
      });
      expect(consent.errors).toBeUndefined();
      await page.getByRole('button', { name: 'Overdracht aanmaken' }).click();
      const detail = page.locator('[data-handoff-detail]');
      await detail.waitFor();
      handoffId = (await detail.getAttribute('data-handoff-detail'))!;
      await detail.locator('dd[data-status="REQUESTED"]').waitFor();
      expect(await detail.locator('tr[data-history-to]').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      const read = await suite.hub.query(READ, { id: handoffId });
      expect(read.data.handoff).toEqual({ status: 'REQUESTED', history: [{ to: 'REQUESTED', side: 'KADERA' }] });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the GGZ partner sees that handoff in its inbox and accepts it; staff follow the partner’s progress', async () => {
    expect(handoffId).toBeDefined();
    const partner = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(partner.page, 'partner:ggz');
      const row = partner.page.locator(`tr[data-handoff-id="${handoffId}"]`);
      await row.waitFor();
      await row.getByRole('button', { name: 'Accepteren' }).click();
      await row.locator('td[data-status="ACCEPTED"]').waitFor();
      expect(partner.problems).toEqual([]);
    } finally {
      await partner.context.close();
    }
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'staff');
      await page.getByRole('button', { name: 'Overdrachten', exact: true }).click();
      await page.getByLabel('Filter op soort partner').selectOption('GGZ');
      await page.getByLabel('Filter op status').selectOption('ACCEPTED');
      const row = page.locator(`tr[data-handoff-id="${handoffId}"]`);
      await row.waitFor();
      // The rows are exactly what the filters asked for.
      const types = await page.locator('tr[data-handoff-id] td:nth-child(3)').allTextContents();
      expect(new Set(types)).toEqual(new Set(['GGZ']));
      await row.getByRole('button').click();
      const detail = page.locator(`[data-handoff-detail="${handoffId}"]`);
      await detail.locator('dd[data-status="ACCEPTED"]').waitFor();
      expect(
        await detail
          .locator('tr[data-history-to]')
          .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-history-to'), r.getAttribute('data-history-side')])),
      ).toEqual([
        ['REQUESTED', 'KADERA'],
        ['ACCEPTED', 'PARTNER'],
      ]);
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a municipality sees its own figures, every suppressed cell marked and no number the hub did not give', async () => {
    const year = thisYear();
    const answer = await suite.hub.as(testCallers.municipality('GM0193')).query(MUNICIPALITY_STATISTICS, { code: 'GM0193', year });
    expect(answer.errors).toBeUndefined();
    const counts = countsOf(answer.data.municipalityStatistics);
    expect(counts).toContain('suppressed');
    const { context, page, bodies, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'municipality');
      await page.getByRole('heading', { name: 'Cijfers gemeente GM0193' }).waitFor();
      await page.locator(`[data-statistics="GM0193-${year}"]`).waitFor();
      // Cell by cell what the hub gave: a number where it gave one, the mark where it gave none.
      expect(await countsOnPage(page)).toEqual(counts);
      const marked = page.locator('[data-suppressed="true"]');
      expect(new Set(await marked.allTextContents())).toEqual(new Set(['afgeschermd*']));
      expect(await marked.first().getAttribute('aria-describedby')).toBe('suppressed-note');
      expect(await page.locator('#suppressed-note').textContent()).toContain('Afgeschermd: zo weinig personen');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'statistics');
      // A municipality never receives client-level data: only its figures and who it is.
      expect((await bodies()).join('\n')).not.toContain(DEMO_CLIENTS[0].id);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('staff see the figures of a region, as the hub gave them', async () => {
    const year = thisYear();
    const answer = await suite.hub.query(REGION_STATISTICS, { region: 'IJSSELLAND', year });
    expect(answer.errors).toBeUndefined();
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'staff');
      await page.getByRole('button', { name: 'Cijfers per regio' }).click();
      await page.locator(`[data-statistics="IJSSELLAND-${year}"]`).waitFor();
      expect(await countsOnPage(page)).toEqual(countsOf(answer.data.regionStatistics));
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Today shows intake only the queues its rules let it run: no waitlist offers', async () => {
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'intake');
      await page.getByRole('heading', { name: 'Vandaag', level: 2 }).waitFor();
      await page.locator('[data-section="today-contacts"]').waitFor();
      expect(await page.locator('[data-section]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-section')))).toEqual([
        'today-contacts',
        'today-overdue-handoffs',
        'today-reviews',
      ]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
