import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, errorSummaryIn, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, withoutRefusals, type E2eServer } from './harness.js';

/**
 * The calculators page in the browser: the caseworker works out a start loan for a single adult
 * (a server field error first), and a bostøtte estimate with its steps and the «estimate» notice;
 * the NAV adviser opens the page from the menu; it fits a phone. Axe on every state.
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

const newPage = (viewport?: { width: number; height: number }) => openPage(browser, viewport);
const logIn = (page: Page, username: string) => logInAs(page, server.url, username);
/** Expected refusals answer 400, which the browser logs as failed resources. */
const unexpected = (errors: string[]) => withoutRefusals(errors, [400]);
const startlanForm = (page: Page) => page.locator('form[aria-labelledby="startlan-heading"]');
const bostotteForm = (page: Page) => page.locator('form[aria-labelledby="bostotte-heading"]');

describe('the caseworker', () => {
  it('works out a start loan after a field error from the server, then a bostøtte estimate', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kalkulatorer' }).click();
    await page.waitForURL(`${server.url}/kalkulatorer`);
    await checkPage(page, 'calculators', 'Kalkulatorer');

    // A negative income passes the form's own check; the server refuses it on the field.
    const startlan = startlanForm(page);
    await startlan.getByLabel('Netto inntekt per måned').fill('-5000');
    await startlan.getByRole('button', { name: 'Regn ut' }).click();
    const summary = errorSummaryIn(startlan);
    await summary.getByText('Verdien er for liten.').waitFor();
    await expect(startlan.getByLabel('Netto inntekt per måned').getAttribute('aria-invalid')).resolves.toBe('true');
    await summary.getByRole('link', { name: 'Verdien er for liten.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sl-income');
    await expectNoAxeViolations(page, 'start loan with a field error');

    // A single adult with 32 000 kr a month: a largest loan above zero.
    await startlan.getByLabel('Netto inntekt per måned').fill('32 000');
    await startlan.getByLabel('Strøm').fill('1200');
    await startlan.getByRole('button', { name: 'Regn ut' }).click();
    const result = page.getByTestId('startlan-result');
    await result.getByRole('heading', { name: 'Resultat for startlån' }).waitFor();
    await expect(summary.count()).resolves.toBe(0);
    const maxLoan = await result.getByTestId('max-loan').innerText();
    expect(Number(maxLoan.replace(/\D/g, ''))).toBeGreaterThan(0);
    await result.getByText(/^Betaling per måned ved stressrente /).waitFor();
    await result.getByText('Veiledende levekostnader', { exact: true }).waitFor();
    await result.getByRole('table', { name: 'Utregning per måned' }).waitFor();
    await result.locator('summary', { hasText: 'Parametere som er brukt' }).click();
    await result.getByRole('table', { name: 'Parametere med dato og kilde' }).getByText('stress_add_on').waitFor();
    await expectNoAxeViolations(page, 'start loan result');

    // Too little income: the municipality must advise against, with the reasons.
    await startlan.getByLabel('Netto inntekt per måned').fill('9000');
    await startlan.getByRole('button', { name: 'Regn ut' }).click();
    await result.getByRole('heading', { name: 'Kommunen må fraråde lån' }).waitFor();
    expect(await result.locator('.ds-alert li').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'start loan advised against');

    // Bostøtte: the estimate notice and every step of the workings.
    const bostotte = bostotteForm(page);
    await bostotte.getByRole('button', { name: 'Regn ut' }).click();
    await errorSummaryIn(bostotte).getByText('Godkjente boutgifter per måned må fylles ut').waitFor();
    await expectNoAxeViolations(page, 'bostøtte with errors');
    await bostotte.getByLabel('Antall personer i husstanden').fill('2');
    await bostotte.getByLabel('Godkjente boutgifter per måned').fill('9500');
    await bostotte.getByLabel('Husstandens brutto inntekt per måned').fill('18000');
    await bostotte.getByRole('button', { name: 'Regn ut' }).click();
    const estimate = page.getByTestId('bostotte-result');
    await estimate.getByTestId('estimate-notice').getByText(/^Dette er et anslag, ikke et vedtak\. Det er Husbanken som avgjør/).waitFor();
    const steps = estimate.getByRole('table', { name: 'Utregningen steg for steg' });
    await steps.getByRole('rowheader', { name: 'Boutgiftstak' }).waitFor();
    await steps.getByRole('rowheader', { name: 'Anslått bostøtte per måned' }).waitFor();
    expect(await steps.locator('tbody tr').count()).toBeGreaterThan(5);
    await expectNoAxeViolations(page, 'bostøtte estimate');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('can be used by keyboard: the form submits with Enter and focus moves to the result', async () => {
    const { context, page } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.goto(`${server.url}/kalkulatorer`);
    await checkPage(page, 'calculators (keyboard)', 'Kalkulatorer');
    const income = startlanForm(page).getByLabel('Netto inntekt per måned');
    await income.focus();
    await page.keyboard.type('30000');
    await page.keyboard.press('Enter');
    await page.getByTestId('max-loan').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('startlan-result');
    await context.close();
  });
});

describe('the NAV adviser', () => {
  it('opens the calculators from the menu', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'nav');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kalkulatorer' }).click();
    await checkPage(page, 'calculators (NAV adviser)', 'Kalkulatorer');
    await startlanForm(page).getByLabel('Netto inntekt per måned').fill('40000');
    await startlanForm(page).getByRole('button', { name: 'Regn ut' }).click();
    await page.getByTestId('max-loan').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it('fits the page and both results on 360 px', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'saksbehandler');
    const fits = async (label: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
    };
    await page.goto(`${server.url}/kalkulatorer`);
    await checkPage(page, 'phone calculators', 'Kalkulatorer');
    await fits('calculators');
    await startlanForm(page).getByLabel('Netto inntekt per måned').fill('32000');
    await startlanForm(page).getByRole('button', { name: 'Regn ut' }).click();
    await page.getByTestId('max-loan').waitFor();
    await page.getByTestId('startlan-result').locator('summary', { hasText: 'Parametere som er brukt' }).click();
    const bostotte = bostotteForm(page);
    await bostotte.getByLabel('Godkjente boutgifter per måned').fill('9000');
    await bostotte.getByLabel('Husstandens brutto inntekt per måned').fill('15000');
    await bostotte.getByRole('button', { name: 'Regn ut' }).click();
    await page.getByTestId('estimate-notice').waitFor();
    await fits('calculators with results');
    await expectNoAxeViolations(page, 'phone calculators with results');
    await context.close();
  });
});
