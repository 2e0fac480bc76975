import type { Page } from 'playwright-core';
import { consoleSuite, describeInBrowser, openConsole, screenshot, seriousViolations, signIn } from '../console/browser-session';
import type { TestStack } from '../testing/test-stack';

const AVAILABILITY = `query ($region: Region) { serviceAvailability(region: $region) { region service acceptingNewClients contact } }`;
const SET_AVAILABILITY = `mutation ($input: SetServiceAvailabilityInput!) { setServiceAvailability(input: $input) { acceptingNewClients } }`;
const READ = `query ($id: UUID!) { referral(id: $id) { status region priority referrerContactName history { to side } } }`;
const MOVE = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { status } }`;
const LIST = `query ($region: Region) { referrals(first: 100, region: $region) { edges { node { id } } } }`;

/** Opens a screen from the navigation (Dutch words). */
const openScreen = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

/** The referrals the list shows, in order. */
const shownReferrals = (page: Page) => page.locator('tr[data-referral-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-referral-id')));

/** Waits (up to 10 s) for the list to show exactly these referrals, in this order. */
async function waitForReferrals(page: Page, expected: string[]) {
  for (let tries = 0; tries < 100 && JSON.stringify(await shownReferrals(page)) !== JSON.stringify(expected); tries++) await page.waitForTimeout(100);
  expect(await shownReferrals(page)).toEqual(expected);
}

/** The hub's referrals, newest first as the list shows them; in one region if given. */
async function listed(hub: TestStack, region?: string): Promise<string[]> {
  const read = await hub.query(LIST, { region });
  expect(read.errors).toBeUndefined();
  return read.data.referrals.edges.map((edge: { node: { id: string } }) => edge.node.id);
}

/** Fills in the referral form for a care referral; `municipalityCode` of the person as given. */
async function fillReferral(page: Page, fields: { region: string; municipalityCode: string; contactName: string }) {
  await page.getByLabel('Soort', { exact: true }).selectOption('AMBULATORY');
  await page.getByLabel('Prioriteit').selectOption('URGENT');
  await page.getByLabel('Regio').selectOption(fields.region);
  await page.getByLabel('Financiering').selectOption('WMO');
  await page.getByLabel('Partnergeweld').check();
  await page.getByLabel('Soort verwijzer').selectOption('GP');
  await page.getByLabel('Organisatie verwijzer').fill('Huisartsenpraktijk De Linde');
  await page.getByLabel('Contactpersoon verwijzer').fill(fields.contactName);
  await page.getByLabel('Telefoon verwijzer').fill('038 123 4567');
  await page.getByLabel('Naam', { exact: true }).fill('Sanne de Vries');
  await page.getByLabel('Geboortedatum').fill('1990-05-01');
  await page.getByLabel('Gemeentecode (CBS, bijv. GM0193)').fill(fields.municipalityCode);
}

describeInBrowser('the console referral screens in Chromium', () => {
  const suite = consoleSuite();

  beforeAll(async () => {
    // An intake stop for IJsselland's outpatient guidance (Wmo): the demo data has one; declared here if it had not.
    const read = await suite.hub.query(AVAILABILITY, { region: 'IJSSELLAND' });
    expect(read.errors).toBeUndefined();
    const row = read.data.serviceAvailability.find((a: { service: string }) => a.service === 'AMBULATORY_WMO');
    if (!row || row.acceptingNewClients) {
      const set = await suite.hub.query(SET_AVAILABILITY, { input: { region: 'IJSSELLAND', service: 'AMBULATORY_WMO', acceptingNewClients: false } });
      expect(set.errors).toBeUndefined();
    }
  });

  it('staff submit a referral through the form (a refused field is named), find it in the list, read its history and move it by a button', async () => {
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'staff');
      await page.getByRole('navigation').getByRole('listitem').first().waitFor(); // signed in: the screens offered
      await openScreen(page, 'Aanmelding invoeren');
      await page.getByRole('heading', { name: 'Aanmelding invoeren' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // A municipality code the API refuses: the form names the field, in words, and marks it.
      await fillReferral(page, { region: 'TWENTE', municipalityCode: 'Enschede', contactName: 'Dr. Console Browser' });
      await page.getByRole('button', { name: 'Indienen' }).click();
      await page.getByRole('alert').filter({ hasText: 'Controleer dit veld: Gemeentecode (CBS, bijv. GM0193).' }).waitFor();
      expect(await page.locator('[data-field-error="person.municipalityCode"]').textContent()).toBe('Deze invoer neemt de hub niet aan.');
      expect(await page.getByLabel('Gemeentecode (CBS, bijv. GM0193)').getAttribute('aria-invalid')).toBe('true');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'referral-submit');

      await page.getByLabel('Gemeentecode (CBS, bijv. GM0193)').fill('GM0153');
      await page.getByRole('button', { name: 'Indienen' }).click();
      const submitted = page.getByRole('status').filter({ hasText: 'Aanmelding ingediend.' });
      await submitted.waitFor();
      const referralId = (await submitted.getAttribute('data-submitted-id'))!;
      expect(referralId).toMatch(/^[0-9a-f-]{36}$/);
      // The hub holds it as submitted, by Kadera.
      const stored = await suite.hub.query(READ, { id: referralId });
      expect(stored.data.referral).toMatchObject({ status: 'REQUESTED', region: 'TWENTE', priority: 'URGENT', referrerContactName: 'Dr. Console Browser' });

      // In the list (newest first, filtered to Twente), and its detail with the history.
      await openScreen(page, 'Aanmeldingen');
      await page.getByLabel('Filter op regio').selectOption('TWENTE');
      const row = page.locator(`tr[data-referral-id="${referralId}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain('Twente');
      await row.getByRole('button', { name: 'Bekijken' }).click();
      await page.getByRole('heading', { name: 'Aanmelding', exact: true }).waitFor();
      const detail = page.locator(`div[data-referral-id="${referralId}"]`);
      await detail.locator('dd[data-status="REQUESTED"]', { hasText: 'Aangevraagd' }).waitFor();
      expect(await detail.locator('tr[data-history-to]').count()).toBe(1);
      // Only the legal moves from REQUESTED for Kadera: received, or entered in error.
      const moves = await detail.locator('button[data-move]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-move')));
      expect(moves).toEqual(['RECEIVED', 'ENTERED_IN_ERROR']);
      expect(await seriousViolations(page)).toEqual([]);

      await detail.getByRole('button', { name: 'Naar: Ontvangen' }).click();
      await page.getByRole('status').filter({ hasText: 'Status gewijzigd.' }).waitFor();
      await detail.locator('dd[data-status="RECEIVED"]').waitFor();
      await detail.locator('tr[data-history-to="RECEIVED"]', { hasText: 'Kadera' }).waitFor();
      const moved = await suite.hub.query(READ, { id: referralId });
      expect(moved.data.referral.status).toBe('RECEIVED');
      expect(moved.data.referral.history.at(-1)).toEqual({ to: 'RECEIVED', side: 'KADERA' });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'referral-detail');

      // A move that needs a reason, without one: the API refuses and the reason field says so.
      await detail.getByRole('button', { name: 'Naar: Afgewezen' }).click();
      await page.locator('[role="alert"][data-code="BAD_USER_INPUT"]').waitFor();
      expect(await page.getByLabel('Reden (intern)').getAttribute('aria-invalid')).toBe('true');

      // Someone else accepts it meanwhile: the stale button is refused in words and the detail is read again.
      const elsewhere = await suite.hub.query(MOVE, { input: { referralId, to: 'ACCEPTED' } });
      expect(elsewhere.data.transitionReferral.status).toBe('ACCEPTED');
      await page.getByLabel('Reden (intern)').fill('Past niet bij het aanbod');
      await detail.getByRole('button', { name: 'Naar: Afgewezen' }).click();
      await page.locator('[role="alert"][data-code="INVALID_TRANSITION"]').waitFor();
      await detail.locator('dd[data-status="ACCEPTED"]').waitFor();
      expect(await detail.locator('button[data-move]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-move')))).toEqual([
        'IN_PROGRESS',
        'ENTERED_IN_ERROR',
      ]);
      expect((await suite.hub.query(READ, { id: referralId })).data.referral.status).toBe('ACCEPTED');

      await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
      await row.locator('td[data-status="ACCEPTED"]').waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('intake submitting an IJsselland referral during the intake stop is told so, naming the region and whom to call', async () => {
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      const availability = await suite.hub.query(AVAILABILITY, { region: 'IJSSELLAND' });
      const stop = availability.data.serviceAvailability.find((a: { service: string }) => a.service === 'AMBULATORY_WMO');
      await signIn(page, 'intake');
      await page.getByRole('navigation').getByRole('listitem').first().waitFor(); // signed in: the screens offered
      await openScreen(page, 'Aanmelding invoeren');
      await fillReferral(page, { region: 'IJSSELLAND', municipalityCode: 'GM0193', contactName: 'Dr. IJssel' });
      await page.getByRole('button', { name: 'Indienen' }).click();
      const message = page.locator('[role="alert"][data-code="INTAKE_CLOSED"]');
      await message.waitFor();
      const text = (await message.textContent())!;
      expect(text).toContain('Kadera IJsselland neemt op dit moment geen nieuwe cliënten aan voor Ambulante begeleiding (Wmo) (intakestop).');
      // Whom to call: the row's contact, or Kadera's intake team when the row names nobody.
      expect(text).toContain(`Bel ${stop?.contact ?? 'Team Toegang en Trajecten'}`);
      expect(await seriousViolations(page)).toEqual([]);

      // The intake per region: the stop is shown; intake (a Kadera role, whose field rules allow it) may lift it.
      await openScreen(page, 'Intake per regio');
      const row = page.locator('tr[data-availability="IJSSELLAND/AMBULATORY_WMO"]');
      await row.waitFor();
      expect(await row.locator('td[data-accepting="false"]').textContent()).toBe('Intakestop');
      expect(await row.getByRole('button', { name: 'Intakestop opheffen' }).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('staff declare and lift an intake stop from the intake screen', async () => {
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'staff');
      await openScreen(page, 'Intake per regio');
      const row = page.locator('tr[data-availability="HARDENBERG/SHELTER"]');
      await row.locator('td[data-accepting="true"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'intake-stops');
      await row.getByRole('button', { name: 'Intakestop afkondigen' }).click();
      await row.locator('td[data-accepting="false"]').waitFor();
      const stopped = await suite.hub.query(AVAILABILITY, { region: 'HARDENBERG' });
      expect(stopped.data.serviceAvailability.find((a: { service: string }) => a.service === 'SHELTER').acceptingNewClients).toBe(false);
      await row.getByRole('button', { name: 'Intakestop opheffen' }).click();
      await row.locator('td[data-accepting="true"]').waitFor();
      const lifted = await suite.hub.query(AVAILABILITY, { region: 'HARDENBERG' });
      expect(lifted.data.serviceAvailability.find((a: { service: string }) => a.service === 'SHELTER').acceptingNewClients).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('staff page the referrals list forward and back, and another filter starts again on page one', async () => {
    const all = await listed(suite.hub);
    expect(all.length).toBeGreaterThan(20); // the demo data fills more than the list's page of 20
    const twente = await listed(suite.hub, 'TWENTE');
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'staff');
      await page.getByRole('navigation').getByRole('listitem').first().waitFor(); // signed in: the screens offered
      await openScreen(page, 'Aanmeldingen');
      const next = page.getByRole('button', { name: 'Volgende pagina', exact: true });
      const previous = page.getByRole('button', { name: 'Vorige pagina', exact: true });
      await waitForReferrals(page, all.slice(0, 20));
      expect(await next.count()).toBe(1);
      expect(await previous.count()).toBe(0);

      await next.click();
      await waitForReferrals(page, all.slice(20, 40));
      expect(await previous.count()).toBe(1);
      expect(await next.count()).toBe(all.length > 40 ? 1 : 0);
      expect(await seriousViolations(page)).toEqual([]);

      await previous.click();
      await waitForReferrals(page, all.slice(0, 20));
      expect(await previous.count()).toBe(0);

      // From page two, another region is that region's page one; all regions again is page one, not the old page two.
      await next.click();
      await waitForReferrals(page, all.slice(20, 40));
      await page.getByLabel('Filter op regio').selectOption('TWENTE');
      await waitForReferrals(page, twente.slice(0, 20));
      expect(await previous.count()).toBe(0);
      await page.getByLabel('Filter op regio').selectOption('');
      await waitForReferrals(page, all.slice(0, 20));
      expect(await previous.count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
