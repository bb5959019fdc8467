import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildingList, BuildingTenant } from '../src/contracts/neighbourhood.js';
import { checkPage, errorSummaryIn, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, withoutRefusals, type E2eServer } from './harness.js';

/**
 * Neighbourhood work in the browser (issue 6, point 5): the neighbourhood worker (bomiljo) runs a
 * conflict case from complaint to agreement — a new case refused on a field first, two tenants of
 * the building as parties, a dialogue meeting, the agreement (by keyboard), closed with the
 * outcome; records an activity in a building; the property manager adds a caretaker task and marks
 * it done. Axe on every page and state; the pages fit a 360 px screen.
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

/** A page that waits longer than Playwright's 30 s: the machine may be busy with other test runs. */
async function newPage(viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, viewport);
  opened.page.setDefaultTimeout(90_000);
  return opened;
}
const logIn = (page: Page, username: string) => logInAs(page, server.url, username);
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const api = async <T>(page: Page, path: string): Promise<T> => (await page.request.get(`${server.url}${path}`)).json() as Promise<T>;

/** The building with the most dwellings and at least two tenants who may be named, and two of them. */
async function busyBuilding(page: Page) {
  const list = await api<BuildingList>(page, '/api/neighbourhood/buildings');
  for (const building of [...list.items].sort((a, b) => b.dwellings - a.dwellings)) {
    const tenants = (await api<{ items: BuildingTenant[] }>(page, `/api/neighbourhood/buildings/${building.slug}/tenants`)).items;
    if (tenants.length >= 2) return { building, tenants };
  }
  throw new Error('no building with two tenants in the demo');
}

describe('the neighbourhood worker', () => {
  it('runs a conflict case from complaint to agreement and closes it', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'bomiljo');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Bomiljø' }).click();
    await checkPage(page, 'neighbourhood', 'Bomiljø');
    await page.getByRole('heading', { name: 'Aktive nabosaker' }).waitFor();
    expect(await page.getByRole('region', { name: 'Aktive nabosaker, eldste melding først' }).locator('tbody tr').count()).toBeGreaterThan(0);
    await page.getByLabel('Vis alle byggene').check();
    await expectNoAxeViolations(page, 'neighbourhood with all buildings');
    const { building, tenants } = await busyBuilding(page);

    // ——— A new case: the server refuses a report date ahead of today, on the field ———
    await page.getByRole('link', { name: 'Ny nabosak' }).click();
    await checkPage(page, 'new case', 'Ny nabosak');
    await page.getByRole('button', { name: 'Opprett saken' }).click();
    await errorSummaryIn(page).getByRole('link', { name: 'Beskrivelse må fylles ut' }).waitFor();
    await expectNoAxeViolations(page, 'new case with the form’s own errors');
    await page.getByLabel('Konflikt', { exact: true }).check();
    await page.getByLabel('Bygg', { exact: true }).selectOption(building.key);
    await page.getByLabel('Beskrivelse').fill('Krangel om støy og røyk mellom to naboer i samme oppgang. Begge har ringt bomiljøteamet.');
    await page.getByLabel('Meldt dato').fill(isoDay(5));
    await page.getByRole('button', { name: 'Opprett saken' }).click();
    const dateError = errorSummaryIn(page).getByRole('link', { name: 'Datoen kan ikke være fram i tid.' });
    await dateError.waitFor();
    await expect(page.locator('#case-reported').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page, 'new case with the server’s field error');
    await dateError.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-reported');
    await page.getByLabel('Meldt dato').fill(isoDay(-1));
    await page.getByRole('button', { name: 'Opprett saken' }).click();

    // ——— The case page: two tenants of the building as parties ———
    await checkPage(page, 'case page', `Nabosak: ${building.label}`);
    await expect(page.getByTestId('case-status').innerText()).resolves.toBe('Åpen');
    await page.getByText('Avtalen kan registreres etter det første dialogmøtet.').waitFor();
    const partyForm = page.locator('form[aria-labelledby="party-heading"]');
    await partyForm.getByLabel('Klager', { exact: true }).check();
    await partyForm.getByLabel('Beboer', { exact: true }).selectOption(tenants[0]!.leaseId);
    await partyForm.getByRole('button', { name: 'Legg til part' }).click();
    await page.locator('.ds-alert', { hasText: 'Parten er lagt til.' }).waitFor();
    await partyForm.getByLabel('Innklaget', { exact: true }).check();
    await partyForm.getByLabel('Beboer', { exact: true }).selectOption(tenants[1]!.leaseId);
    await partyForm.getByRole('button', { name: 'Legg til part' }).click();
    await page.getByTestId('case-parties').getByText(tenants[1]!.name).waitFor();
    expect(await page.getByTestId('case-parties').locator('li').count()).toBe(2);
    await expectNoAxeViolations(page, 'case with two parties');

    // ——— A dialogue meeting: the case moves to dialogue ———
    const meeting = page.locator('form[aria-labelledby="meeting-heading"]');
    await meeting.getByRole('button', { name: 'Registrer møtet' }).click();
    await errorSummaryIn(meeting).getByRole('link', { name: 'Referat må fylles ut' }).waitFor();
    await expectNoAxeViolations(page, 'meeting form with an error');
    await meeting.getByLabel('Referat').fill('Dialogmøte i fellesrommet med begge parter. De forklarte hver sin side og ville finne en løsning.');
    await meeting.getByRole('button', { name: 'Registrer møtet' }).click();
    await page.locator('.ds-alert', { hasText: 'Dialogmøtet er registrert.' }).waitFor();
    await expect(page.getByTestId('case-status').innerText()).resolves.toBe('Dialog');
    await expectNoAxeViolations(page, 'case in dialogue');

    // ——— The agreement, by keyboard: type, Tab to the comment, Tab to the button, Enter ———
    const agreement = page.locator('form[aria-labelledby="agreement-heading"]');
    await agreement.getByLabel('Dette ble partene enige om').focus();
    await page.keyboard.type('Ro etter kl. 22. Det røykes ikke på verandaen. Partene tar kontakt direkte hvis noe skjer igjen.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('agreement-summary');
    await page.keyboard.type('Begge skrev under.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.ds-alert', { hasText: 'Avtalen er registrert.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Avtalen er registrert.');
    await expect(page.getByTestId('case-status').innerText()).resolves.toBe('Avtale');
    await page.getByText('Dette ble partene enige om: «Ro etter kl. 22.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'case with an agreement');

    // ——— Closed with the outcome ———
    const close = page.locator('form[aria-labelledby="close-heading"]');
    await close.getByLabel('Løst ved avtale').check();
    await close.getByLabel('Notat ved avslutning').fill('Oppfølgingssamtale avtalt om en måned.');
    await close.getByRole('button', { name: 'Avslutt saken' }).click();
    await page.locator('.ds-alert', { hasText: 'Saken er avsluttet.' }).waitFor();
    await expect(page.getByTestId('case-status').innerText()).resolves.toBe('Avsluttet');
    await expect(page.getByTestId('case-outcome').innerText()).resolves.toBe('Løst ved avtale');
    expect(await page.locator('main form').count()).toBe(0);
    await expectNoAxeViolations(page, 'closed case');

    // The closed case in nynorsk and English.
    for (const [button, lang, heading] of [
      ['Nynorsk', 'nn', `Nabosak: ${building.label}`],
      ['English', 'en', `Neighbour case: ${building.label}`],
      ['Bokmål', 'nb', `Nabosak: ${building.label}`],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.waitForFunction((code) => document.documentElement.lang === code, lang);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectNoAxeViolations(page, `closed case (${lang})`);
    }
    // The refusals above (the report date) answer 400 with the field error.
    expect(withoutRefusals(errors, [400])).toEqual([]);
    await context.close();
  }, 600_000);

  it('records a building activity after the form refuses more attending than invited', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'bomiljo');
    const { building } = await busyBuilding(page);
    await page.goto(`${server.url}/bomiljo/bygg/${building.slug}`);
    await checkPage(page, 'building page', building.label);
    const form = page.locator('form[aria-labelledby="activity-heading"]');
    await form.getByLabel('Dugnad').check();
    await form.getByLabel('Inviterte husstander').fill('10');
    await form.getByLabel('Deltok', { exact: true }).fill('12');
    await form.getByRole('button', { name: 'Registrer aktiviteten' }).click();
    await errorSummaryIn(form).getByRole('link', { name: 'Flere husstander kan ikke ha deltatt enn det som ble invitert' }).waitFor();
    await expectNoAxeViolations(page, 'activity form with an error');
    const before = Number(await page.getByTestId(`activities-${new Date().getFullYear()}`).innerText());
    await form.getByLabel('Deltok', { exact: true }).fill('7');
    await form.getByRole('button', { name: 'Registrer aktiviteten' }).click();
    await page.getByText('Aktiviteten er registrert.').waitFor();
    await expect(page.getByTestId(`activities-${new Date().getFullYear()}`).innerText()).resolves.toBe(String(before + 1));
    await expectNoAxeViolations(page, 'building page after an activity');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('the property manager', () => {
  it('sees buildings without cases, adds a caretaker task and marks it done', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'forvalter');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Bomiljø' }).click();
    await checkPage(page, 'neighbourhood (property manager)', 'Bomiljø');
    expect(await page.getByRole('heading', { name: 'Aktive nabosaker' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ny nabosak' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Miljøvaktmesterens oppgaver' }).click();
    await checkPage(page, 'caretaker tasks', 'Miljøvaktmesterens oppgaver');
    const add = page.locator('form[aria-labelledby="task-add-heading"]');
    const options = await add.getByLabel('Bygg', { exact: true }).locator('option').allTextContents();
    await add.getByLabel('Bygg', { exact: true }).selectOption({ label: options[1]! });
    await add.getByLabel('Uteområde').check();
    await add.getByLabel('Oppgave').fill('Måke snø ved sykkelskuret sammen med beboerne');
    await add.getByRole('button', { name: 'Legg til oppgaven' }).click();
    const done = page.getByRole('button', { name: 'Merk som utført: Måke snø ved sykkelskuret sammen med beboerne' });
    await done.waitFor();
    await done.click();
    const doneForm = page.locator('form[aria-labelledby="task-done-heading"]');
    await doneForm.getByLabel('Beboere deltok i arbeidet').check();
    await expectNoAxeViolations(page, 'caretaker task done form');
    await doneForm.getByRole('button', { name: 'Lagre' }).click();
    await page.getByText('Oppgaven er merket som utført.').waitFor();
    expect(await done.count()).toBe(0);
    await expectNoAxeViolations(page, 'caretaker tasks after done');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('on a phone', () => {
  it('fits the neighbourhood pages on 360 px', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'bomiljo');
    const { building } = await busyBuilding(page);
    const cases = await api<{ items: Array<{ id: string }> }>(page, '/api/neighbourhood/cases');
    for (const path of ['/bomiljo', '/bomiljo/saker/ny', '/bomiljo/oppgaver', `/bomiljo/bygg/${building.slug}`, `/bomiljo/saker/${cases.items[0]!.id}`]) {
      await page.goto(`${server.url}${path}`);
      await checkPage(page, `phone ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }, 300_000);
});
