import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';

/**
 * Issue 4 in the browser: the property manager finds every vacant dwelling and how long it has
 * stood empty, opens one and changes its status; the caseworker sees the lease lists; the NAV adviser sees the temporary stays with
 * their flags. Axe on every page visited.
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




describe('the property manager', () => {
  it('finds every vacant dwelling with its days vacant, longest first, opens one and changes its status', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'forvalter');
    await page.getByRole('navigation').getByRole('link', { name: 'Boliger' }).click();
    await checkPage(page, 'stock list', 'Boliger');
    await page.getByRole('heading', { name: 'Antall per status' }).waitFor();

    // Filters: only vacant dwellings; the counts per status stay.
    await page.getByLabel('Status', { exact: true }).selectOption('vacant');
    await page.getByRole('button', { name: 'Vis boliger' }).click();
    await page.waitForURL(/status=vacant/);
    await checkPage(page, 'stock list filtered', 'Boliger');
    await expect(page.getByRole('table').first().locator('tbody tr').count()).resolves.toBeGreaterThan(0);

    // A bad bedroom filter shows the error summary.
    await page.getByLabel('Minst antall soverom').fill('x');
    await page.getByRole('button', { name: 'Vis boliger' }).click();
    await page.locator('.ds-error-summary').first().waitFor();
    await expectNoAxeViolations(page, 'stock list with error summary');

    await page.getByRole('link', { name: 'Ledige boliger, lengst ledig først' }).click();
    await checkPage(page, 'vacancy board', 'Ledige boliger');
    const days = (await page.getByTestId('days-vacant').allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')));
    expect(days.length).toBeGreaterThan(0);
    expect(days).toEqual([...days].sort((a, b) => b - a));

    // Open the one vacant longest and put it under maintenance: the form needs the ready date.
    await page.getByRole('table').locator('tbody tr').first().getByRole('link').click();
    await checkPage(page, 'dwelling page');
    await expect(page.getByTestId('current-status').innerText()).resolves.toBe('Ledig');
    await page.getByRole('heading', { name: 'Statushistorikk' }).waitFor();
    await page.getByLabel('Ny status').selectOption('maintenance');
    await page.getByRole('button', { name: 'Lagre status' }).click();
    await page.locator('.ds-error-summary').first().waitFor();
    await expectNoAxeViolations(page, 'status form with error summary');
    const ready = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Forventet klar dato').fill(ready);
    await page.getByLabel('Begrunnelse (valgfri)').fill('Maling og nytt gulv');
    await page.getByRole('button', { name: 'Lagre status' }).click();
    await page.getByText('Status endret til «Under vedlikehold».').waitFor();
    await expect(page.getByTestId('current-status').innerText()).resolves.toBe('Under vedlikehold');
    await expectNoAxeViolations(page, 'dwelling page after status change');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits the stock list and the vacancy board on a 360 px screen', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'forvalter');
    for (const path of ['/boliger', '/boliger/ledige']) {
      await page.goto(`${server.url}${path}`);
      await checkPage(page, `phone ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

describe('the caseworker', () => {
  it('closes a task with an outcome and sees the lease lists, with § 9-2 alarms and arrears from the demo data', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    // My open tasks on the start page: close one, first without an outcome.
    await checkPage(page, 'start page with tasks');
    const tasks = page.locator('.task-list__item');
    const before = await tasks.count();
    expect(before).toBeGreaterThan(0);
    await tasks.first().locator('summary', { hasText: 'Lukk med utfall' }).click();
    await tasks.first().getByRole('button', { name: 'Lukk oppgaven' }).click();
    await page.locator('.ds-error-summary').first().waitFor();
    await expectNoAxeViolations(page, 'task close form with error summary');
    await tasks.first().getByLabel('Utfall').fill('Ringte leietaker, avtalte nedbetaling.');
    await tasks.first().getByRole('button', { name: 'Lukk oppgaven' }).click();
    await page.getByText('Oppgaven er lukket.').waitFor();
    expect(await tasks.count()).toBe(before - 1);

    await page.getByRole('navigation').getByRole('link', { name: 'Leieforhold' }).click();
    await checkPage(page, 'lease lists', 'Leieforhold');
    for (const id of ['leases-alarms', 'leases-arrears']) {
      const rows = page.locator(`section[aria-labelledby="${id}"] tbody tr`);
      expect(await rows.count(), id).toBeGreaterThan(0);
    }
    // A lease in arrears: its ledger shows the balance.
    await page.locator('section[aria-labelledby="leases-arrears"] tbody tr').first().getByRole('link').click();
    await checkPage(page, 'lease page');
    await page.getByRole('heading', { name: 'Reskontro' }).waitFor();
    await page.getByText('Saldo').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the NAV adviser', () => {
  it('sees the temporary stays with nights so far and their flags', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'nav');
    await page.getByRole('navigation').getByRole('link', { name: 'Midlertidig botilbud' }).click();
    await checkPage(page, 'temporary stays', 'Midlertidig botilbud');
    await page.getByRole('heading', { name: 'Antall opphold i dag' }).waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const flags = await page.getByRole('table').locator('.ds-tag').allInnerTexts();
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((flag) => ['Inntil 14 døgn', 'Over 3 måneder', 'Barn over 3 måneder', 'Natthjem'].includes(flag))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
