import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, errorSummaryIn, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, withoutRefusals, type E2eServer } from './harness.js';

/**
 * Issue 6 points 2, 8 and 9 in the browser: the caseworker enrols a demo person in Housing First
 * (the consent date missing first), records them housed and sees the programme's figures, sets
 * the year's target by keyboard; the follow-up team records a fidelity self-assessment (nynorsk);
 * the manager sees the programme without names; the caseworker starts a rent-to-own plan on a
 * dwelling with the potential and records «moved to owned home»; the admin enters the
 * municipality's own policy rate, which the calculators then show with its source, and a result
 * prints without the navigation. Axe on every page and state; 360 px.
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
const nav = (page: Page) => page.getByRole('navigation', { name: /Hovudmeny|Hovedmeny/ });
/** Today in the browser's time zone, as the date inputs want it. */
const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const fits = async (page: Page, label: string) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
};

const PERSON = 'Hanne Strand';

describe('Housing First', () => {
  it('the caseworker enrols a participant (consent missing first), records them housed and sees the programme', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await nav(page).getByRole('link', { name: 'Housing First' }).click();
    await checkPage(page, 'programme', 'Housing First');
    await page.getByTestId('hf-participants').waitFor();
    await page.getByTestId('hf-fidelity-history').waitFor();

    await page.getByRole('link', { name: 'Meld inn en deltaker' }).click();
    await checkPage(page, 'enrol', 'Meld inn i Housing First');
    await page.getByLabel('Søk etter en person i husstanden').fill(PERSON);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('button', { name: `Velg husstanden til ${PERSON}` }).first().click();
    await page.getByLabel('Team').waitFor();
    await expectNoAxeViolations(page, 'enrol form');

    await page.getByLabel('Henvist fra').selectOption({ label: 'Spesialisthelsetjenesten' });
    await page.getByLabel('Team').fill('Housing First-teamet');
    await page.getByLabel('Sentrum').check();
    await page.getByLabel('Leilighet').check();
    await page.getByRole('button', { name: 'Meld inn', exact: true }).click();
    const consentError = errorSummaryIn(page).getByRole('link', { name: 'Samtykke gitt må fylles ut' });
    await consentError.waitFor();
    await expectNoAxeViolations(page, 'enrol form without a consent date');
    await consentError.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hf-consent-on');

    await page.getByLabel('Samtykke gitt').fill(today());
    await page.getByRole('button', { name: 'Meld inn', exact: true }).click();
    await checkPage(page, 'participant', PERSON);
    await page.getByTestId('hf-facts').getByText('Housing First-teamet').waitFor();

    await page.getByLabel('Bosatt', { exact: true }).fill(today());
    await page.getByRole('button', { name: 'Registrer bosatt' }).click();
    await page.locator('.ds-tag', { hasText: 'Bor i bolig' }).waitFor();
    await expectNoAxeViolations(page, 'participant housed');

    await page.getByRole('link', { name: 'Tilbake til Housing First' }).click();
    await checkPage(page, 'programme after housing', 'Housing First');
    const housed = await page.getByTestId('hf-figures').locator('.key-figures__item', { hasText: 'Bosatt i året' }).locator('dd').innerText();
    expect(Number(housed)).toBeGreaterThanOrEqual(1);
    await page.getByTestId('hf-participants').getByRole('link', { name: PERSON }).waitFor();
    await page.getByTestId('hf-retention').getByRole('rowheader', { name: '12 måneder' }).waitFor();
    expect(withoutRefusals(errors, [400])).toEqual([]);
    await context.close();
  });

  it('the target form works by keyboard', async () => {
    const { context, page } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.goto(`${server.url}/housing-first`);
    await checkPage(page, 'programme (keyboard)', 'Housing First');
    const input = page.getByLabel('Antall deltakere');
    await input.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('16');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Målet er lagret.' }).waitFor();
    await page.getByText(/Målet er 16\./).waitFor();
    await expectNoAxeViolations(page, 'target saved');
    await context.close();
  });

  it('the follow-up team records a fidelity self-assessment, every item scored (nynorsk)', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'oppfolging');
    await nav(page).getByRole('link', { name: 'Housing First' }).click();
    await checkPage(page, 'programme (nn)', 'Housing First');
    const before = await page.getByTestId('hf-fidelity-history').locator('tbody tr').count();
    await page.getByRole('link', { name: 'Ny truskapsmåling' }).click();
    await checkPage(page, 'fidelity form', 'Ny truskapsmåling');
    const threes = page.locator('form input[type="radio"][value="3"]');
    const items = await threes.count();
    expect(items).toBeGreaterThan(25);
    for (let i = 0; i < items - 1; i++) await threes.nth(i).check();
    await page.getByRole('button', { name: 'Lagre målinga' }).click();
    await errorSummaryIn(page).getByRole('link', { name: /^Gi ein skår for «/ }).waitFor();
    await expectNoAxeViolations(page, 'fidelity form with an item missing');
    await page.locator('form input[type="radio"][value="4"]').nth(items - 1).check();
    await page.getByRole('button', { name: 'Lagre målinga' }).click();
    await checkPage(page, 'programme with the new assessment', 'Housing First');
    expect(await page.getByTestId('hf-fidelity-history').locator('tbody tr').count()).toBe(before + 1);
    await page.getByRole('heading', { name: /^Siste måling, / }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the manager sees the programme in aggregate, without names or the participant list', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'leder');
    await nav(page).getByRole('link', { name: 'Housing First' }).click();
    await checkPage(page, 'programme (manager)', 'Housing First');
    await page.getByText('Du ser bare samlede tall for programmet.', { exact: false }).waitFor();
    await page.getByTestId('hf-figures').waitFor();
    await page.getByTestId('hf-fidelity-history').waitFor();
    expect(await page.getByTestId('hf-participants').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Meld inn en deltaker' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain(PERSON);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone: the programme and the fidelity form on 360 px', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'oppfolging');
    await page.goto(`${server.url}/housing-first`);
    await checkPage(page, 'phone programme', 'Housing First');
    await fits(page, 'programme');
    await page.goto(`${server.url}/housing-first/troskap/ny`);
    await checkPage(page, 'phone fidelity form', 'Ny truskapsmåling');
    await fits(page, 'fidelity form');
    await context.close();
  });
});

describe('rent-to-own', () => {
  it('the caseworker starts a plan on a dwelling with the potential and records «moved to owned home»', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await nav(page).getByRole('link', { name: 'Leie til eie' }).click();
    await checkPage(page, 'rent-to-own list', 'Leie til eie');
    await page.getByTestId('rto-plans').waitFor();
    await page.getByRole('link', { name: 'Start en ny plan' }).click();
    await checkPage(page, 'new plan', 'Ny plan for leie til eie');
    const choose = page.getByTestId('rto-candidates').getByRole('button', { name: /^Velg / }).first();
    const name = (await choose.getAttribute('aria-label'))!.replace(/^Velg /, '');
    await choose.click();
    await page.getByLabel('Plan', { exact: true }).fill('Spare 2 000 kroner i måneden og nedbetale forbrukslånet. Søke startlån om ett år.');
    await expectNoAxeViolations(page, 'new plan form');
    await page.getByRole('button', { name: 'Start planen' }).click();
    await checkPage(page, 'plan', `Leie til eie: ${name}`);

    await page.getByLabel('Planen er avsluttet uten kjøp').check();
    await page.getByRole('button', { name: 'Registrer utfallet' }).click();
    await errorSummaryIn(page).getByRole('link', { name: 'Skriv hvorfor planen ble avsluttet' }).waitFor();
    await expectNoAxeViolations(page, 'outcome without a note');
    await page.getByLabel('Flyttet til egen bolig').check();
    await page.getByRole('button', { name: 'Registrer utfallet' }).click();
    await page.getByTestId('rto-facts').getByText(/^Flyttet til egen bolig, /).waitFor();
    await page.locator('.ds-tag', { hasText: 'Flyttet til egen bolig' }).waitFor();
    await expectNoAxeViolations(page, 'plan moved to owned home');

    await page.getByRole('link', { name: 'Tilbake til leie til eie' }).click();
    await checkPage(page, 'rent-to-own list after the outcome', 'Leie til eie');
    expect(Number(await page.getByTestId('rto-moved').innerText())).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone on 360 px', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'oppfolging');
    await page.goto(`${server.url}/leie-til-eie?alle=1`);
    await checkPage(page, 'phone rent-to-own', 'Leige til eige');
    await fits(page, 'rent-to-own list');
    await page.getByTestId('rto-plans').getByRole('link').first().click();
    await checkPage(page, 'phone plan', /^Leige til eige: /);
    await fits(page, 'plan');
    await context.close();
  });
});

describe('the calculators’ rates', () => {
  it('the admin enters the municipality’s policy rate (a field error first), and the calculation shows it with its source', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'admin');
    await nav(page).getByRole('link', { name: 'Tildelingsvilkår' }).click();
    await page.getByRole('link', { name: 'Se satsene kalkulatorene bruker, med dato og kilde' }).click();
    await checkPage(page, 'calculator parameters', 'Satser i kalkulatorene');
    await page.getByTestId('cp-table-startlan').getByRole('rowheader', { name: /Styringsrente/ }).waitFor();
    await page.getByLabel('Parameter', { exact: true }).selectOption({ label: 'Startlån: Styringsrente' });
    await page.getByLabel('Sats', { exact: true }).fill('45');
    await page.getByLabel('Kilde', { exact: true }).fill('Norges Bank, rentemøte');
    await page.getByRole('button', { name: 'Lagre satsen' }).click();
    await errorSummaryIn(page).getByRole('link', { name: 'Verdien er for stor.' }).waitFor();
    await expectNoAxeViolations(page, 'parameter with the server’s field error');
    await page.getByLabel('Sats', { exact: true }).fill('3,9');
    await page.getByRole('button', { name: 'Lagre satsen' }).click();
    await page.getByRole('status').filter({ hasText: 'Satsen er lagret.' }).waitFor();
    await page.getByTestId('cp-own').getByText(/^Demo kommune \(registrert \d{4}-\d{2}-\d{2}\): Norges Bank, rentemøte$/).waitFor();
    await expectNoAxeViolations(page, 'parameter added');
    expect(withoutRefusals(errors, [400])).toEqual([]);
    await context.close();

    const cw = await newPage();
    await logIn(cw.page, 'saksbehandler');
    await cw.page.goto(`${server.url}/kalkulatorer`);
    await checkPage(cw.page, 'calculators with the own rate', 'Kalkulatorer');
    const form = cw.page.locator('form[aria-labelledby="startlan-heading"]');
    await form.getByLabel('Netto inntekt per måned').fill('32000');
    await form.getByRole('button', { name: 'Regn ut' }).click();
    const result = cw.page.getByTestId('startlan-result');
    await result.getByTestId('max-loan').waitFor();
    await result.getByText(/^Betaling per måned ved stressrente 6,4/).waitFor();
    await result.locator('summary', { hasText: 'Parametere som er brukt' }).click();
    const row = result.getByRole('table', { name: 'Parametere med dato og kilde' }).getByRole('row', { name: /policy_rate/ });
    await row.getByText('Kommunens egen verdi').waitFor();
    await row.getByText(/^Demo kommune \(registrert/).waitFor();
    await expectNoAxeViolations(cw.page, 'start loan with the municipality’s rate');

    // «Skriv ut» prints this result only: no navigation, no forms, not the other calculator.
    await cw.page.evaluate(() => {
      (window as unknown as { printed: string | undefined }).printed = undefined;
      window.print = () => {
        (window as unknown as { printed: string | undefined }).printed = document.body.dataset.printPart;
      };
    });
    await result.getByRole('button', { name: 'Skriv ut' }).click();
    expect(await cw.page.evaluate(() => (window as unknown as { printed: string | undefined }).printed)).toBe('startlan');
    await cw.page.emulateMedia({ media: 'print' });
    expect(await cw.page.locator('.app-header').isVisible()).toBe(false);
    expect(await form.isVisible()).toBe(false);
    expect(await cw.page.locator('[data-print-part="bostotte"]').isVisible()).toBe(false);
    expect(await result.getByTestId('max-loan').isVisible()).toBe(true);
    expect(await result.getByRole('table', { name: 'Parametere med dato og kilde' }).isVisible()).toBe(true);
    expect(await result.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(cw.errors).toEqual([]);
    await cw.context.close();
  });
});
