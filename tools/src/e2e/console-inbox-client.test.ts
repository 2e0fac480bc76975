import { DEMO_CLIENTS } from '@hub/common';
import { testCallers } from '@hub/testing';
import { consoleSuite, describeInBrowser, openConsole, screenshot, seriousViolations, signIn } from '../console/browser-session';

const ggz = testCallers.partnerOfType('GGZ');
const CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateHandoffInput!) { createHandoff(input: $input) { id } }`;
const CLIENT = `query ($id: UUID!) { client(id: $id) { name dateOfBirth healthScreeningSummary confidentialAddress } }`;

describeInBrowser('a partner opens the client of a handoff in its inbox (console, Chromium)', () => {
  const suite = consoleSuite();
  const consented = DEMO_CLIENTS[0].id;
  const identityOnly = DEMO_CLIENTS[1].id;
  const handoffs: Record<string, string> = {};

  /** Kadera hands `clientId` to the GGZ demo organisation with consent for `categories`. */
  const handOff = async (clientId: string, categories: string[]) => {
    const partnerOrganisationId = ggz.organisationId!;
    const consent = await suite.hub.query(CONSENT, {
      input: { clientId, partnerOrganisationId, categories, purpose: 'Console client', validUntil: '2099-12-31' },
    });
    expect(consent.errors).toBeUndefined();
    const created = await suite.hub.query(CREATE, { input: { clientId, partnerOrganisationId, categories, purpose: 'Console client', priority: 'ROUTINE' } });
    expect(created.errors).toBeUndefined();
    return created.data.createHandoff.id as string;
  };

  beforeAll(async () => {
    handoffs[consented] = await handOff(consented, ['IDENTITY', 'HEALTH_SCREENING']);
    handoffs[identityOnly] = await handOff(identityOnly, ['IDENTITY']);
  });

  it('shows name, date of birth and health screening as consented, "geen toestemming" where not, and nothing else', async () => {
    // What Kadera staff read of both clients: the oracle, and the address that must never reach the partner.
    const full = await suite.hub.query(CLIENT, { id: consented });
    const other = await suite.hub.query(CLIENT, { id: identityOnly });
    const person = full.data.client as { name: string; dateOfBirth: string; healthScreeningSummary: string; confidentialAddress: string };
    const otherPerson = other.data.client as { name: string; healthScreeningSummary: string | null; confidentialAddress: string };
    expect(person.healthScreeningSummary.length).toBeGreaterThan(3);
    expect(person.confidentialAddress.length).toBeGreaterThan(5);
    const { context, page, bodies, graphqlAnswers, problems } = await openConsole(suite.browser, suite.hub);
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.postData() ?? ''));
    try {
      await signIn(page, 'partner:ggz');
      await page.getByRole('heading', { name: 'Overdrachten' }).waitFor();
      const row = page.locator(`tr[data-handoff-id="${handoffs[consented]}"]`);
      await row.getByRole('button', { name: 'Cliënt tonen' }).click();
      const panel = page.locator(`section[data-inbox-client="${handoffs[consented]}"]`);
      await panel.getByRole('heading', { name: 'Cliënt van de overdracht' }).waitFor();
      await panel.locator('dd[data-field="name"]', { hasText: person.name }).waitFor();
      const [year, , day] = person.dateOfBirth.split('-');
      const born = await panel.locator('dd[data-field="dateOfBirth"]').innerText();
      expect(born).toContain(year);
      expect(born).toContain(String(Number(day)));
      expect(await panel.locator('dd[data-field="healthScreeningSummary"]').innerText()).toBe(person.healthScreeningSummary);
      // A GGZ partner's contract holds no finances, housing, income or children: the console never asks for them.
      expect(await panel.locator('dt').allInnerTexts()).toEqual(['Naam', 'Geboortedatum', 'Gezondheidsscreening']);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'handoffs-inbox-client');

      // The other client consented to IDENTITY only: the hub refuses the health screening, the console says so.
      await page.locator(`tr[data-handoff-id="${handoffs[identityOnly]}"]`).getByRole('button', { name: 'Cliënt tonen' }).click();
      const otherPanel = page.locator(`section[data-inbox-client="${handoffs[identityOnly]}"]`);
      await otherPanel.locator('dd[data-field="name"]', { hasText: otherPerson.name }).waitFor();
      expect(await otherPanel.locator('dd[data-field="healthScreeningSummary"]').innerText()).toBe('geen toestemming');
      expect(await seriousViolations(page)).toEqual([]);

      const requests = sent.join('\n');
      expect(requests).toContain('"InboxClientHealth"');
      for (const op of ['InboxClientFinances', 'InboxClientHousing', 'InboxClientIncome', 'InboxClientChildren']) expect(requests).not.toContain(op);
      const answers = (await graphqlAnswers()).join('\n');
      if (otherPerson.healthScreeningSummary) expect(answers).not.toContain(otherPerson.healthScreeningSummary);
      const dom = await page.content();
      for (const text of [dom, (await bodies()).join('\n')]) {
        expect(text).not.toContain(person.confidentialAddress);
        expect(text).not.toContain(otherPerson.confidentialAddress);
      }
      for (const text of [dom, answers]) expect(text).not.toContain('confidentialAddress');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
