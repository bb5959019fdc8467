import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeaseHelpList, SettlementList } from '../src/contracts/private-rental.js';
import { checkPage, errorSummaryIn, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, withoutRefusals, type E2eServer } from './harness.js';

/**
 * Private rental partnerships in the browser (issue 6, point 7): NAV's housing adviser registers a
 * landlord (the server refuses the organisation number first), an agreement with the benefits
 * package (the server refuses the months first), and helps a household into a signed private lease
 * (the server asks for the landlord and the lease start first); records a boligskole session for a
 * settled refugee household. Axe on every page and state; the pages fit a 360 px screen.
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
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const api = async <T>(page: Page, path: string): Promise<T> => (await page.request.get(`${server.url}${path}`)).json() as Promise<T>;

const LANDLORD = 'Solsiden Utleie AS';

describe('the NAV adviser', () => {
  it('registers a landlord and an agreement, and helps a household into a signed private lease', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'nav');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Private utleiere' }).click();
    await checkPage(page, 'landlords', 'Private utleiere');
    await page.getByTestId('figure-signed').waitFor();

    // ——— A company with a wrong control digit first ———
    await page.getByRole('link', { name: 'Registrer utleier' }).click();
    await checkPage(page, 'new landlord', 'Registrer utleier');
    await page.getByLabel('Selskap').check();
    await page.getByLabel('Navn', { exact: true }).fill(LANDLORD);
    await page.getByLabel('Organisasjonsnummer').fill('123456789');
    await page.getByLabel('Kontaktperson hos utleier').fill('Per Sol');
    await page.getByRole('button', { name: 'Registrer utleieren' }).click();
    const orgError = errorSummaryIn(page).getByRole('link', { name: /Organisasjonsnummeret er ikke gyldig/ });
    await orgError.waitFor();
    await page.locator('.ds-validation-message', { hasText: 'Organisasjonsnummeret er ikke gyldig' }).waitFor();
    await expectNoAxeViolations(page, 'new landlord with the server’s field error');
    await orgError.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('landlord-new-org');
    await page.getByLabel('Organisasjonsnummer').fill('974 760 673');
    await page.getByRole('button', { name: 'Registrer utleieren' }).click();
    await checkPage(page, 'landlord page', LANDLORD);
    await expect(page.getByTestId('landlord-agreement').innerText()).resolves.toBe('Nei');

    // ——— The agreement: 40 months is refused by the server, 6 is fine ———
    const form = page.locator('form[aria-labelledby="agreement-form-heading"]');
    await form.getByLabel('Måneder med husleiegaranti').fill('40');
    await form.getByLabel('Kontaktperson i kommunen').selectOption({ label: 'Nils NAV-veileder' });
    await form.getByLabel('Vilkår').fill('Husleiegaranti i seks måneder og oppfølging av leietaker. Utleieren varsler kommunen ved første mislighold.');
    await form.getByLabel('Gjelder fra').fill(isoDay(-30));
    await form.getByRole('button', { name: 'Registrer avtalen' }).click();
    await errorSummaryIn(form).getByRole('link', { name: 'Husleiegarantien må gjelde fra 1 til 36 måneder.' }).waitFor();
    await expectNoAxeViolations(page, 'agreement with the server’s field error');
    await form.getByLabel('Måneder med husleiegaranti').fill('6');
    await form.getByRole('button', { name: 'Registrer avtalen' }).click();
    await page.getByText('Avtalen er registrert.').waitFor();
    await expect(page.getByTestId('landlord-agreement').innerText()).resolves.toBe('Ja');
    await page.getByRole('region', { name: 'Avtaler med utleieren' }).getByText('6 måneder').waitFor();
    await expectNoAxeViolations(page, 'landlord with an agreement');

    // ——— Help a household into a private lease ———
    await page.goto(`${server.url}/utleiere/leiehjelp`);
    await checkPage(page, 'lease helps', 'Hjelp til privat leie');
    await page.getByRole('link', { name: 'Registrer hjelp' }).click();
    await checkPage(page, 'new lease help', 'Registrer hjelp til privat leie');
    await page.getByLabel('Søk etter en person i husstanden').fill('Camilla Lund');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('button', { name: 'Velg husstanden til Camilla Lund' }).click();
    await page.getByText('Husstanden til Camilla Lund').waitFor();
    await page.getByLabel('Husstanden får depositumsgaranti').check();
    await page.getByLabel('Månedsleie').fill('9 800');
    await expectNoAxeViolations(page, 'new lease help with the household chosen');
    await page.getByRole('button', { name: 'Registrer hjelpen' }).click();
    await checkPage(page, 'lease help page', 'Hjelp til privat leie: Camilla Lund');
    await expect(page.getByTestId('help-status').innerText()).resolves.toBe('Pågår');

    // Signed without the landlord and the lease start: the server asks for both, on the fields.
    await page.getByLabel('Kontrakt signert').check();
    await page.getByRole('button', { name: 'Lagre utfallet' }).click();
    const summary = errorSummaryIn(page);
    await summary.getByRole('link', { name: 'Må fylles ut når leiekontrakten er signert.' }).first().waitFor();
    expect(await summary.getByRole('link', { name: 'Må fylles ut når leiekontrakten er signert.' }).count()).toBe(2);
    await expectNoAxeViolations(page, 'outcome with the server’s field errors');
    await page.getByLabel('Utleier', { exact: true }).selectOption({ label: LANDLORD });
    await page.getByLabel('Leieforholdet starter').fill(isoDay(14));
    await page.getByRole('button', { name: 'Lagre utfallet' }).click();
    await page.locator('.ds-alert', { hasText: 'Utfallet er registrert.' }).waitFor();
    await expect(page.getByTestId('help-status').innerText()).resolves.toBe('Kontrakt signert');
    await page.getByText('Utfallet er registrert og kan ikke endres.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'signed help');

    // The landlord's page lists the household.
    await page.getByRole('link', { name: LANDLORD }).click();
    await checkPage(page, 'landlord page with the household', LANDLORD);
    await page.getByRole('link', { name: 'Camilla Lund' }).waitFor();
    // The refusals above answer 400 with the field errors.
    expect(withoutRefusals(errors, [400])).toEqual([]);
    await context.close();
  }, 600_000);

  it('records a boligskole session for a settled refugee household', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'nav');
    await page.goto(`${server.url}/utleiere/bosetting`);
    await checkPage(page, 'settlements', 'Bosetting av flyktninger');
    await page.getByRole('region', { name: 'Bosatte husstander, nyeste først' }).locator('tbody tr').first().getByRole('link').click();
    await checkPage(page, 'settlement page', /^Bosetting: /);
    const before = await page.getByTestId('settlement-boligskole').innerText();
    const form = page.locator('form[aria-labelledby="session-heading"]');
    await form.getByRole('button', { name: 'Registrer økten' }).click();
    await errorSummaryIn(form).getByRole('link', { name: 'Tema må fylles ut' }).waitFor();
    await expectNoAxeViolations(page, 'boligskole form with an error');
    await form.getByLabel('Tema', { exact: true }).fill('Brannsikkerhet i boligen');
    await form.getByRole('button', { name: 'Registrer økten' }).click();
    await page.getByText('Økten er registrert.').waitFor();
    const [attended, sessions] = before.split(' av ').map(Number);
    await expect(page.getByTestId('settlement-boligskole').innerText()).resolves.toBe(`${attended! + 1} av ${sessions! + 1}`);
    await expectNoAxeViolations(page, 'settlement after a session');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('on a phone', () => {
  it('fits the landlord, help and settlement pages on 360 px', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'nav');
    const helps = await api<LeaseHelpList>(page, '/api/private-rental/lease-help?status=signed');
    const settlements = await api<SettlementList>(page, '/api/private-rental/settlements');
    const help = helps.items[0]!;
    for (const path of [
      '/utleiere',
      '/utleiere/ny',
      `/utleiere/${help.landlord!.id}`,
      '/utleiere/leiehjelp',
      '/utleiere/leiehjelp/ny',
      `/utleiere/leiehjelp/${help.id}`,
      '/utleiere/bosetting',
      '/utleiere/bosetting/ny',
      `/utleiere/bosetting/${settlements.items[0]!.id}`,
    ]) {
      await page.goto(`${server.url}${path}`);
      await checkPage(page, `phone ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }, 300_000);
});
