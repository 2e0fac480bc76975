import { DEMO_CLIENTS } from '@hub/common';
import { testCallers } from '@hub/testing';
import type { Page } from 'playwright-core';
import { consoleSuite, describeInBrowser, openConsole, screenshot, seriousViolations, signIn } from '../console/browser-session';
import type { TestStack } from '../testing/test-stack';

// Issue 15's working day, through the console only: the hub is asked (as staff) only to check what the console did.
const ggz = testCallers.partnerOfType('GGZ');
const REFERRAL = `query ($id: UUID!) { referral(id: $id) { status referredPerson { name dateOfBirth municipalityCode } client { id name } } }`;
const CLIENT = `query ($id: UUID!) { client(id: $id) { id name dateOfBirth municipalityCode riskLevel confidentialAddress consents { partnerOrganisationId categories purpose withdrawnAt } } }`;
const OCCUPANCY = `{ occupancy { unitId type available location { id } } }`;
const CURRENT_STAYS = `{ stays(active: true, first: 100) { edges { node { client { id } location { id } placementType } } } }`;
const HANDOFFS_OF = `query ($clientId: UUID!) { handoffs(clientId: $clientId, first: 10) { edges { node { id status partner { id } history { to side } } } } }`;

interface Unit {
  unitId: string;
  type: string;
  available: number;
  location: { id: string };
}
interface Handoff {
  id: string;
  status: string;
  partner: { id: string };
  history: { to: string; side: string }[];
}
const handoffsOf = async (hub: TestStack, clientId: string): Promise<Handoff[]> =>
  (await hub.query(HANDOFFS_OF, { clientId })).data.handoffs.edges.map((e: { node: Handoff }) => e.node);

const SUBMIT = `mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id } }`;
const LINK = `mutation ($input: LinkReferralClientInput!) { linkReferralClient(input: $input) { id } }`;

/** The person the referral is about: a name no demo client resembles, so the hub names no possible duplicate. */
const PERSON = { name: 'Floortje Wagenvoort', dateOfBirth: '1987-03-14', municipalityCode: 'GM0193' };
const ADDRESS = 'Schuilstraat 7, 8011 AA Zwolle';
const PURPOSE = 'Traumabehandeling na de opvang (werkdag)';

/** Sends the referral form; a refusal fails the test in the form's words. */
async function submit(page: Page) {
  await page.getByRole('button', { name: 'Indienen' }).click();
  await page.locator('[data-submitted-id], [role="alert"]').first().waitFor();
  expect(await page.getByRole('alert').allTextContents()).toEqual([]);
  const submitted = page.getByRole('status').filter({ hasText: 'Aanmelding ingediend.' });
  await submitted.waitFor();
  return submitted;
}

const openScreen = async (page: Page, title: string) => {
  await page.getByRole('navigation').getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { name: title, level: 2 }).waitFor();
};

describeInBrowser('the console: a working day, from a referral to a handoff the GGZ partner accepts', () => {
  const suite = consoleSuite();

  it('staff submit a referral, register and admit the client, record her consent and hand her off; the GGZ partner accepts', async () => {
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    let referralId: string;
    let clientId: string;
    let handoffId: string;
    try {
      await signIn(page, 'staff');
      await page.getByRole('navigation').getByRole('listitem').first().waitFor(); // signed in: the screens offered

      // 1. The referral a GP phoned in.
      await openScreen(page, 'Aanmelding invoeren');
      await page.getByLabel('Soort', { exact: true }).selectOption('SHELTER');
      await page.getByLabel('Prioriteit').selectOption('URGENT');
      await page.getByLabel('Regio').selectOption('IJSSELLAND');
      await page.getByLabel('Financiering').selectOption('WMO');
      await page.getByLabel('Partnergeweld').check();
      await page.getByLabel('Soort verwijzer').selectOption('GP');
      await page.getByLabel('Organisatie verwijzer').fill('Huisartsenpraktijk Assendorp');
      await page.getByLabel('Contactpersoon verwijzer').fill('Dr. Werkdag');
      await page.getByLabel('Telefoon verwijzer').fill('038 765 4321');
      await page.getByLabel('Naam', { exact: true }).fill(PERSON.name);
      await page.getByLabel('Geboortedatum').fill(PERSON.dateOfBirth);
      await page.getByLabel('Gemeentecode (CBS, bijv. GM0193)').fill(PERSON.municipalityCode);
      const submitted = await submit(page);
      referralId = (await submitted.getAttribute('data-submitted-id'))!;
      expect((await suite.hub.query(REFERRAL, { id: referralId })).data.referral).toEqual({ status: 'REQUESTED', referredPerson: PERSON, client: null });

      // 2. Its detail: nobody is linked; no known client resembles her; the register form holds her referral data.
      await openScreen(page, 'Aanmeldingen');
      await page.locator(`tr[data-referral-id="${referralId}"]`).getByRole('button', { name: 'Bekijken' }).click();
      const detail = page.locator(`div[data-referral-id="${referralId}"]`);
      await detail.getByRole('heading', { name: 'Cliënt koppelen' }).waitFor();
      await detail.locator('[data-duplicates="none"]').waitFor();
      expect(await detail.getByLabel('Naam', { exact: true }).inputValue()).toBe(PERSON.name);
      expect(await detail.getByLabel('Geboortedatum').inputValue()).toBe(PERSON.dateOfBirth);
      expect(await detail.getByLabel('Gemeentecode (CBS, bijv. GM0193)').inputValue()).toBe(PERSON.municipalityCode);
      expect(await seriousViolations(page)).toEqual([]);
      await detail.getByRole('heading', { name: 'Cliënt', exact: true }).evaluate((heading) => heading.scrollIntoView());
      await screenshot(page, 'referral-client');

      // An address the hub refuses (too short): the form names the field, as the submit form does; nothing registered.
      await detail.getByLabel('Geheim adres').fill('Zw');
      await detail.getByLabel('Risiconiveau').selectOption('RED');
      await detail.getByRole('button', { name: 'Registreer en koppel' }).click();
      await detail.getByRole('alert').filter({ hasText: 'Controleer dit veld: Geheim adres.' }).waitFor();
      expect(await detail.locator('[data-field-error="confidentialAddress"]').textContent()).toBe('Deze invoer neemt de hub niet aan.');
      expect(await detail.getByLabel('Geheim adres').getAttribute('aria-invalid')).toBe('true');
      expect((await suite.hub.query(REFERRAL, { id: referralId })).data.referral.client).toBeNull();
      expect(await seriousViolations(page)).toEqual([]);

      await detail.getByLabel('Geheim adres').fill(ADDRESS);
      await detail.getByRole('button', { name: 'Registreer en koppel' }).click();
      await page.getByRole('status').filter({ hasText: 'De aanmelding is aan de cliënt gekoppeld.' }).waitFor();
      const linked = detail.locator('[data-client-id]');
      await linked.waitFor();
      clientId = (await linked.getAttribute('data-client-id'))!;
      expect(await linked.textContent()).toContain(PERSON.name);
      expect(await detail.getByRole('heading', { name: 'Cliënt koppelen' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      // The hub holds her as registered from the referral, and the referral linked to her.
      expect((await suite.hub.query(REFERRAL, { id: referralId })).data.referral.client).toEqual({ id: clientId, name: PERSON.name });
      expect((await suite.hub.query(CLIENT, { id: clientId })).data.client).toMatchObject({
        ...PERSON,
        riskLevel: 'RED',
        confidentialAddress: ADDRESS,
        consents: [],
      });

      // 3. Admitted on the capacity screen, into a unit with a free place.
      const unit = ((await suite.hub.query(OCCUPANCY)).data.occupancy as Unit[]).find(
        (u) => u.available > 0 && !['SAFE_HOUSE', 'SUPPORTED_LIVING_MEN'].includes(u.type),
      )!;
      expect(unit).toBeDefined();
      await openScreen(page, 'Capaciteit en wachtlijst');
      await page.getByLabel('Naam van de cliënt').fill(PERSON.name);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.locator(`tr[data-client-id="${clientId}"]`).getByRole('button', { name: 'Kies een cliënt' }).click();
      await page.locator(`[data-chosen-client="${clientId}"]`).waitFor();
      await page.getByLabel('Plaats (soort en locatie)').selectOption(unit.unitId);
      await page.getByRole('button', { name: 'Opnemen', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Opgenomen: er was een plaats, het verblijf is begonnen.' }).waitFor();
      const stays = (await suite.hub.query(CURRENT_STAYS)).data.stays.edges
        .map((e: { node: { client: { id: string }; location: { id: string }; placementType: string } }) => e.node)
        .filter((stay: { client: { id: string } }) => stay.client.id === clientId);
      expect(stays).toEqual([{ client: { id: clientId }, location: unit.location, placementType: unit.type }]);

      // 4. Her consent for the GGZ organisation, in her file (opened by the link on the referral).
      await openScreen(page, 'Aanmeldingen');
      await page.locator(`tr[data-referral-id="${referralId}"]`).getByRole('button', { name: 'Bekijken' }).click();
      await detail.getByRole('link', { name: 'Open het cliëntdossier' }).click();
      expect(new URL(page.url()).hash).toBe(`#client-file/${clientId}`);
      await page.getByRole('heading', { name: `Identiteit: ${PERSON.name}` }).waitFor();
      await page.getByLabel('Partner', { exact: true }).selectOption(ggz.organisationId!);
      await page.getByRole('group', { name: 'Gegevens' }).getByLabel('Identiteit').check();
      await page.getByRole('group', { name: 'Gegevens' }).getByLabel('Gezondheidsscreening').check();
      await page.getByLabel('Doel', { exact: true }).fill(PURPOSE);
      await page.getByLabel('Geldig tot en met').fill('2099-12-31');
      await page.getByRole('button', { name: 'Vastleggen' }).click();
      await page.getByRole('status').filter({ hasText: 'Toestemming vastgelegd.' }).waitFor();
      const consents = (await suite.hub.query(CLIENT, { id: clientId })).data.client.consents;
      expect(consents).toHaveLength(1);
      expect(consents[0]).toMatchObject({ partnerOrganisationId: ggz.organisationId, purpose: PURPOSE, withdrawnAt: null });

      // 5. The handoff to the GGZ organisation, from the handoffs screen.
      await openScreen(page, 'Overdrachten');
      await page.getByRole('button', { name: 'Nieuwe overdracht' }).click();
      await page.getByLabel('Naam cliënt (zoeken)').fill(PERSON.name);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.locator(`#handoff-client option[value="${clientId}"]`).waitFor({ state: 'attached' });
      await page.getByLabel('Cliënt', { exact: true }).selectOption(clientId);
      await page.getByLabel('Partner').selectOption(ggz.organisationId!);
      await page.getByLabel('Gezondheidsscreening').check();
      await page.getByLabel('Doel').fill(PURPOSE);
      await page.getByLabel('Prioriteit').selectOption('URGENT');
      await page.getByRole('button', { name: 'Overdracht aanmaken' }).click();
      const handoff = page.locator('[data-handoff-detail]');
      await handoff.locator('dd[data-status="REQUESTED"]').waitFor();
      handoffId = (await handoff.getAttribute('data-handoff-detail'))!;
      expect(await handoffsOf(suite.hub, clientId)).toEqual([
        { id: handoffId, status: 'REQUESTED', partner: { id: ggz.organisationId }, history: [{ to: 'REQUESTED', side: 'KADERA' }] },
      ]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }

    // 6. The GGZ partner signs in, finds the handoff in its inbox and accepts it.
    const partner = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(partner.page, 'partner:ggz');
      const row = partner.page.locator(`tr[data-handoff-id="${handoffId}"]`);
      await row.waitFor();
      expect(await seriousViolations(partner.page)).toEqual([]);
      await row.getByRole('button', { name: 'Accepteren' }).click();
      await row.locator('td[data-status="ACCEPTED"]').waitFor();
      expect(partner.problems).toEqual([]);
    } finally {
      await partner.context.close();
    }

    // 7. Staff see it accepted by the partner.
    const staff = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(staff.page, 'staff');
      await staff.page.getByRole('navigation').getByRole('listitem').first().waitFor();
      await openScreen(staff.page, 'Overdrachten');
      await staff.page.getByLabel('Filter op status').selectOption('ACCEPTED');
      await staff.page.locator(`tr[data-handoff-id="${handoffId}"]`).getByRole('button').click();
      const detail = staff.page.locator(`[data-handoff-detail="${handoffId}"]`);
      await detail.locator('dd[data-status="ACCEPTED"]').waitFor();
      expect(
        await detail
          .locator('tr[data-history-to]')
          .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-history-to'), r.getAttribute('data-history-side')])),
      ).toEqual([
        ['REQUESTED', 'KADERA'],
        ['ACCEPTED', 'PARTNER'],
      ]);
      expect((await handoffsOf(suite.hub, clientId)).map((h) => h.status)).toEqual(['ACCEPTED']);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.context.close();
    }
  });

  it('intake finds a known client among the possible duplicates of a referral and links it to her', async () => {
    const known = DEMO_CLIENTS[3];
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'intake');
      await page.getByRole('navigation').getByRole('listitem').first().waitFor();
      await openScreen(page, 'Aanmelding invoeren');
      await page.getByLabel('Soort', { exact: true }).selectOption('AMBULATORY');
      await page.getByLabel('Regio').selectOption('TWENTE');
      await page.getByLabel('Organisatie verwijzer').fill('Wijkteam Oost');
      await page.getByLabel('Contactpersoon verwijzer').fill('J. Jansen');
      await page.getByLabel('Telefoon verwijzer').fill('053 123 4567');
      await page.getByLabel('Naam', { exact: true }).fill(known.name);
      await page.getByLabel('Geboortedatum').fill(known.dateOfBirth);
      await page.getByLabel('Gemeentecode (CBS, bijv. GM0193)').fill(known.municipalityCode);
      const submitted = await submit(page);
      const referralId = (await submitted.getAttribute('data-submitted-id'))!;

      await openScreen(page, 'Aanmeldingen');
      await page.locator(`tr[data-referral-id="${referralId}"]`).getByRole('button', { name: 'Bekijken' }).click();
      const detail = page.locator(`div[data-referral-id="${referralId}"]`);
      const candidate = detail.locator(`tr[data-candidate-id="${known.id}"]`);
      await candidate.waitFor();
      expect(await candidate.textContent()).toContain('Zelfde geboortedatum');
      // Registering her anyway needs the confirmation that the candidates are other people.
      expect(await detail.getByLabel('Ik heb gecontroleerd dat de cliënten hierboven andere personen zijn').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);

      await candidate.getByRole('button', { name: /Koppel aan deze cliënt/ }).click();
      await detail.locator(`[data-client-id="${known.id}"]`).waitFor();
      expect((await suite.hub.query(REFERRAL, { id: referralId })).data.referral.client.id).toBe(known.id);
      await detail.getByRole('link', { name: 'Open het cliëntdossier' }).click();
      await page.getByRole('heading', { name: `Identiteit: ${known.name}` }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a referral someone else linked meanwhile: the link is refused with CONFLICT in words and the detail shows that client', async () => {
    const [known, other] = [DEMO_CLIENTS[6], DEMO_CLIENTS[7]];
    const person = { name: known.name, dateOfBirth: known.dateOfBirth, municipalityCode: known.municipalityCode };
    const input = { kind: 'AMBULATORY', priority: 'ROUTINE', region: 'TWENTE', fundingStream: 'WMO', sourceType: 'GP', person };
    const referral = await suite.hub.query(SUBMIT, {
      input: { ...input, referrerOrganisationName: 'Wijkteam Zuid', referrerContactName: 'P. Pieters', referrerContactPhone: '053 765 4321' },
    });
    expect(referral.errors).toBeUndefined();
    const referralId: string = referral.data.submitReferral.id;
    const { context, page, problems } = await openConsole(suite.browser, suite.hub);
    try {
      await signIn(page, 'staff');
      await page.getByRole('navigation').getByRole('listitem').first().waitFor();
      await openScreen(page, 'Aanmeldingen');
      await page.locator(`tr[data-referral-id="${referralId}"]`).getByRole('button', { name: 'Bekijken' }).click();
      const detail = page.locator(`div[data-referral-id="${referralId}"]`);
      const candidate = detail.locator(`tr[data-candidate-id="${known.id}"]`);
      await candidate.waitFor();
      // Another user links it to someone else first.
      expect((await suite.hub.query(LINK, { input: { referralId, clientId: other.id } })).errors).toBeUndefined();
      await candidate.getByRole('button', { name: /Koppel aan deze cliënt/ }).click();
      await detail.locator('[role="alert"][data-code="CONFLICT"]').waitFor();
      await detail.locator(`[data-client-id="${other.id}"]`).waitFor();
      expect(await detail.getByRole('heading', { name: 'Cliënt koppelen' }).count()).toBe(0);
      expect((await suite.hub.query(REFERRAL, { id: referralId })).data.referral.client.id).toBe(other.id);
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
