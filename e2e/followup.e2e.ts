import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupPlan, MyDay } from '../src/contracts/followup.js';
import { checkPage, errorSummaryIn, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, withoutRefusals, type E2eServer } from './harness.js';

/**
 * Follow-up in the browser (issue 6 §§ 1, 6, 9): the follow-up worker (nynorsk by default) opens
 * the day, plans a visit (a field error from the server first), records one visit as held with
 * the keyboard only — the move-in visit, with its checklist — and one as missed, and adds a
 * protected note; the specialist health service reads a consenting household; the caseworker makes
 * a plan from the person page and opens the person's printable overview. Axe on every page and
 * state; every page fits a 360 px screen.
 */

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, viewport);
  opened.page.setDefaultTimeout(90_000);
  return opened;
}
const logIn = (page: Page, username: string) => logInAs(page, server.url, username);
/** Expected refusals answer 400, which the browser logs as failed resources. */
const unexpected = (errors: string[]) => withoutRefusals(errors, [400]);
const notice = (page: Page) => page.getByTestId('plan-notice');

/** A plan among today's visits whose household has a lease (for the move-in visit), read through the API as the logged-in user. */
async function tenantPlanToday(page: Page): Promise<FollowupPlan> {
  const day = (await (await page.request.get(`${server.url}/api/followup/my-day`)).json()) as MyDay;
  expect(day.visits.length).toBeGreaterThanOrEqual(3);
  for (const visit of day.visits) {
    const plan = (await (await page.request.get(`${server.url}/api/followup/plans/${visit.planId}`)).json()) as FollowupPlan;
    if (plan.leases.length > 0) return plan;
  }
  throw new Error('no tenant among today’s visits');
}

/** Presses Tab until the element with `id` has focus (at most `max` times). */
async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('the follow-up worker', () => {
  it('plans visits, records one held by keyboard with the move-in checklist and one missed, and adds a protected note', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'oppfolging');
    await page.getByRole('navigation').getByRole('link', { name: 'Oppfølging' }).click();
    await checkPage(page, 'my day', 'Dagen min');
    expect(await page.getByTestId('todays-visit').count()).toBeGreaterThanOrEqual(3);
    await page.getByRole('table', { name: /^Hushald du er ansvarleg for/ }).waitFor();

    const plan = await tenantPlanToday(page);
    const name = plan.household.headName;
    await page.getByTestId('todays-visit').getByRole('link', { name }).click();
    await checkPage(page, 'plan page', `Oppfølging: ${name}`);
    const seededToday = await page.getByTestId('planned-contact').count();
    expect(seededToday).toBeGreaterThanOrEqual(1);

    // ——— Plan a visit: first with a date before the plan started (the server's field error), then the move-in visit today ———
    const planForm = page.locator('form[aria-labelledby="contact-plan"]');
    await planForm.getByLabel('Type').selectOption({ label: 'Besøk etter innflytting' });
    await planForm.getByLabel('Leigeforhold').waitFor();
    if (plan.leases.length > 1) await planForm.getByLabel('Leigeforhold').selectOption(plan.leases[0]!.id);
    await planForm.getByLabel('Dato', { exact: true }).fill('2001-01-01');
    await planForm.getByLabel('Klokkeslett (valfritt)').fill('kl 9');
    await planForm.getByRole('button', { name: 'Planlegg' }).click();
    await errorSummaryIn(planForm).getByRole('link', { name: 'Klokkeslettet må skrivast som TT:MM, til dømes 09:30' }).waitFor();
    await expectNoAxeViolations(page, 'plan form with the client’s field error');
    await planForm.getByLabel('Klokkeslett (valfritt)').fill('13:15');
    await planForm.getByRole('button', { name: 'Planlegg' }).click();
    await errorSummaryIn(planForm).getByRole('link', { name: 'Datoen kan ikkje vere før oppfølginga starta.' }).waitFor();
    await expectNoAxeViolations(page, 'plan form with the server’s field error');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await planForm.getByLabel('Dato', { exact: true }).fill(today);
    await planForm.getByRole('button', { name: 'Planlegg' }).click();
    await notice(page).getByText(/^Planlagt /).waitFor();
    await expect(page.getByTestId('planned-contact').count()).resolves.toBe(seededToday + 1);
    await expectNoAxeViolations(page, 'plan page after planning');

    // ——— Record the move-in visit as held with the keyboard alone ———
    const moveIn = page.getByTestId('planned-contact').filter({ hasText: 'Besøk etter innflytting' }).first();
    const summaryId = await moveIn.locator('summary').evaluate((el) => {
      el.id = el.id || 'move-in-record-summary';
      return el.id;
    });
    await page.locator('h1').focus();
    await tabTo(page, summaryId);
    await page.keyboard.press('Enter');
    const form = moveIn.locator('form');
    await form.getByRole('radio', { name: 'Gjennomført' }).waitFor();
    await expect(form.getByRole('radio', { name: 'Gjennomført' }).isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(page, 'record form open, with the checklist');
    // Radio group (held) → the date → the six checklist boxes → the summary → the button.
    const radioId = await form.getByRole('radio', { name: 'Gjennomført' }).getAttribute('id');
    const firstItemId = await form.locator('input[type="checkbox"]').first().getAttribute('id');
    await tabTo(page, radioId!);
    await tabTo(page, firstItemId!, 10);
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Space'); // settled in, keys, rent, whom to contact, neighbours
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Tab'); // leave «needs more follow-up» unticked
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA');
    await page.keyboard.type('Har kome godt på plass. Gjekk gjennom sjekklista saman.');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Registrer');
    await page.keyboard.press('Enter');
    await notice(page).getByText('Registrert som gjennomført.').waitFor();
    const history = page.getByTestId('contact-history');
    await history.getByRole('row').filter({ hasText: 'Besøk etter innflytting' }).filter({ hasText: 'Har kome godt på plass.' }).waitFor();
    await history.getByText('Treng meir oppfølging enn dette besøket: Nei').first().waitFor();
    await expectNoAxeViolations(page, 'plan page after the held visit');

    // ——— Record the seeded home visit as missed ———
    const homeVisit = page.getByTestId('planned-contact').filter({ hasText: 'Heimebesøk' }).first();
    await homeVisit.locator('summary').click();
    await homeVisit.getByRole('radio', { name: 'Uteblitt – hushaldet var ikkje der' }).check();
    await expect(homeVisit.getByLabel('Dato for besøket').count()).resolves.toBe(0);
    await homeVisit.getByRole('button', { name: 'Registrer' }).click();
    await notice(page).getByText('Registrert som uteblitt.').waitFor();
    await history.getByRole('row').filter({ hasText: 'Uteblitt' }).first().waitFor();

    // ——— A protected note ———
    const noteForm = page.locator('form[aria-label="Legg til notat"]');
    await noteForm.getByRole('button', { name: 'Legg til notat' }).click();
    await errorSummaryIn(noteForm).getByRole('link', { name: 'Notat må fyllast ut' }).waitFor();
    await expectNoAxeViolations(page, 'note form with an error');
    await noteForm.getByLabel('Notat', { exact: true }).fill('Har fått ny medisin frå fastlegen og søv betre.');
    await noteForm.getByLabel('Helseopplysingar (skjerma)').check();
    await noteForm.getByRole('button', { name: 'Legg til notat' }).click();
    await notice(page).getByText('Notatet er lagt til.').waitFor();
    const note = page.getByTestId('plan-note').filter({ hasText: 'Har fått ny medisin' });
    await note.getByText('Helseopplysingar (skjerma)').waitFor();
    await expectNoAxeViolations(page, 'plan page with the protected note');

    // The last visit moved to today.
    await expect(page.getByTestId('plan-last-visit').innerText()).resolves.not.toBe('Ingen besøk enno');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  }, 600_000);
});

describe('the specialist health service', () => {
  it('reads a household that has consented, without the forms', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'spesialist');
    await page.getByRole('navigation').getByRole('link', { name: 'Oppfølging' }).click();
    await checkPage(page, 'specialist list', 'Oppfølging');
    await page.getByText(/samtykket til at spesialisthelsetjenesten ser den/).waitFor();
    const rows = page.getByRole('table', { name: 'Oppfølgingsplaner, de mest forsinkede først' }).locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    await rows.first().getByRole('link').click();
    await checkPage(page, 'specialist plan page', /^Oppfølging: /);
    await page.getByText('Du kan lese planen fordi husstanden har samtykket til det.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Planlegg' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Legg til notat' }).count()).resolves.toBe(0);
    await expect(page.getByText('Opplysninger om rus (skjermet)').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('the caseworker', () => {
  it('makes a plan from the person page and opens the person’s printable overview', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.goto(`${server.url}/personer`);
    await page.getByLabel('Navn, fødselsnummer eller saksnummer').fill('Rahimi');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('link', { name: 'Rahimi, Mohammed' }).click();
    await checkPage(page, 'person page', 'Mohammed Rahimi');
    const section = page.locator('section[aria-labelledby="person-followup"]');
    await section.getByRole('link', { name: 'Lag oppfølgingsplan' }).click();
    await checkPage(page, 'new plan', 'Ny oppfølgingsplan: Mohammed Rahimi');

    await page.getByRole('button', { name: 'Opprett planen' }).click();
    await errorSummaryIn(page).getByRole('link', { name: 'Velg team' }).waitFor();
    await expectNoAxeViolations(page, 'new plan with errors');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Bo-oppfølgingstjenesten' });
    await page.getByLabel('Mål', { exact: true }).fill('Finne en trygg bolig for familien\nBarna på skolen hver dag');
    await page.getByRole('button', { name: 'Opprett planen' }).click();
    await checkPage(page, 'new plan page', 'Oppfølging: Mohammed Rahimi');
    await page.getByRole('listitem').filter({ hasText: 'Barna på skolen hver dag' }).waitFor();

    // Back on the person page the plan is linked; the overview lists the consents and who has read the file.
    await page.goBack();
    await page.goBack();
    await checkPage(page, 'person page with a plan', 'Mohammed Rahimi');
    await section.getByRole('link', { name: 'Åpne oppfølgingsplanen' }).waitFor();
    await section.getByRole('link', { name: 'Oversikt for personen' }).click();
    await checkPage(page, 'person overview', 'Oversikt for Mohammed Rahimi');
    await page.getByTestId('overview-consents').getByRole('rowheader', { name: 'NAV' }).waitFor();
    await page.getByTestId('overview-reads').getByText('Åpnet personsiden').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Skriv ut' }).isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('overview-reads').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('on a phone', () => {
  it('fits the follow-up pages on a 360 px screen', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'oppfolging');
    const plan = await tenantPlanToday(page);
    for (const path of ['/oppfolging', `/oppfolging/planer/${plan.id}`, `/oppfolging/ny?husstand=${plan.household.id}`]) {
      await page.goto(`${server.url}${path}`);
      await checkPage(page, `phone ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
    const caseworker = await newPage({ width: 360, height: 740 });
    await logIn(caseworker.page, 'saksbehandler');
    await caseworker.page.goto(`${server.url}/personer/${plan.household.headPersonId}/oversikt`);
    await checkPage(caseworker.page, 'phone overview');
    expect(await caseworker.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await caseworker.context.close();
  }, 300_000);
});
