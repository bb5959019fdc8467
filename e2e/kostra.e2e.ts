import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';

/**
 * Issue 7 § 4 in the browser: the manager opens KOSTRA skjema 13 from the menu, sees the stock
 * table and the check, switches year, downloads the CSV (its first line the Norwegian headers)
 * and the page prints without the menu or the buttons; the politician sees the same form with
 * small counts suppressed, on a 360 px phone without sideways scrolling. Axe in bokmål on each.
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
const nav = (page: Page) => page.getByRole('navigation', { name: /Hovudmeny|Hovedmeny/ });
const thisYear = new Date().getFullYear();

describe('KOSTRA skjema 13', () => {
  it('the manager sees the form, switches year, downloads the CSV and prints', async () => {
    const { context, page, errors } = await newPage();
    await logInAs(page, server.url, 'leder');
    await nav(page).getByRole('link', { name: 'KOSTRA' }).click();
    await checkPage(page, 'kostra', 'KOSTRA skjema 13');
    await page.getByRole('heading', { level: 2, name: `KOSTRA skjema 13 – ${thisYear - 1}` }).waitFor();
    const stock = page.getByTestId('kostra-stock');
    const total = stock.getByRole('row', { name: /Kommunalt disponerte boliger i alt/ });
    await expect.poll(async () => /\d/.test(await total.innerText())).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Kontroll før innsending' }).waitFor();
    await page.getByTestId('kostra-comparison').waitFor();

    await page.getByLabel('År', { exact: true }).selectOption(String(thisYear - 2));
    await page.getByRole('button', { name: 'Vis året' }).click();
    await page.getByRole('heading', { level: 2, name: `KOSTRA skjema 13 – ${thisYear - 2}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('ar')).toBe(String(thisYear - 2));
    await expectNoAxeViolations(page, `kostra ${thisYear - 2}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^kostra-skjema-13-9999-${thisYear - 2}\\.csv$`));
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(`Kode;Tekst;Enhet;Verdi ${thisYear - 2};Verdi ${thisYear - 3};Endring`);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await nav(page).isVisible()).toBe(false);
    expect(await stock.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the politician sees the form with counts 1–4 suppressed, on a phone', async () => {
    const { context, page, errors } = await newPage({ width: 360, height: 800 });
    await logInAs(page, server.url, 'politiker');
    await page.goto(`${server.url}/kostra`);
    await checkPage(page, 'kostra (politician)', 'KOSTRA skjema 13');
    await page.getByText('Tall fra 1 til 4 vises som «<5»').waitFor();
    await page.getByTestId('kostra-stock').waitFor();
    expect(await page.getByRole('heading', { name: 'Kontroll før innsending' }).count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
