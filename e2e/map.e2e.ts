import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';

/**
 * Issue 7 § 5 in the browser: the manager opens the district map (/kart) with no tile layer
 * configured and sees the twelve demo districts drawn from the bundled boundaries — no request
 * leaves 127.0.0.1 —, switches the measure, focuses districts by keyboard and reads their figures
 * in the panel, and opens the table view. Axe in every state. One server, two page loads.
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

describe('district map', () => {
  it('the manager sees the districts offline, switches measure, focuses a district by keyboard and opens the table', async () => {
    const { context, page, errors } = await openPage(browser);
    page.setDefaultTimeout(90_000);
    const requested: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(server.url) || url.startsWith('data:')) await route.continue();
      else await route.abort();
    });

    await logInAs(page, server.url, 'leder');
    await page.goto(`${server.url}/kart`);
    await checkPage(page, 'map', 'Kart over bydelene');

    const areas = page.locator('path.district-map__area');
    await expect.poll(() => areas.count()).toBe(12);
    expect(await page.locator('svg.district-map__svg image').count()).toBe(0);
    expect(await page.getByTestId('map-point').count()).toBeGreaterThan(100);
    const desc = page.locator('svg.district-map__svg desc');
    expect(await desc.textContent()).toMatch(/^Kommunale boliger per 1 000 innbyggere i 12 bydeler\. Høyest: .+\. Lavest: .+\./);

    // Another measure: the text alternative and the values printed on the districts follow.
    await page.getByRole('radio', { name: 'Kommunale boliger som andel av alle boliger' }).check();
    await expect.poll(() => desc.textContent()).toMatch(/^Kommunale boliger som andel av alle boliger i 12 bydeler/);
    expect(await page.locator('.district-map__value').first().textContent()).toMatch(/%/);
    await expectNoAxeViolations(page, 'map, share');

    // Keyboard: from the points toggle, Tab reaches the first district; its figures show in the panel.
    await page.getByRole('checkbox', { name: 'Vis boligene som punkter' }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(focused).toBe('district-01');
    const panel = page.getByTestId('map-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Bydel Sentrum');
    expect(await panel.textContent()).toContain('Per 1 000 innbyggere');
    await page.keyboard.press('Tab');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Bydel Havna');
    await expectNoAxeViolations(page, 'map, district focused');

    // The points can be hidden.
    await page.getByRole('checkbox', { name: 'Vis boligene som punkter' }).uncheck();
    expect(await page.getByTestId('map-point').count()).toBe(0);

    // The table view: every district with its figures.
    await page.getByRole('radio', { name: 'Tabell' }).check();
    const table = page.getByTestId('map-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(await table.locator('tbody tr').first().locator('th').textContent()).toBe('Sentrum');
    await expectNoAxeViolations(page, 'map, table');

    const outside = requested.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the admin sets the tile layer on the municipality page: a non-https address is refused with a field error, then saved', async () => {
    const { context, page, errors } = await openPage(browser);
    page.setDefaultTimeout(90_000);
    await logInAs(page, server.url, 'admin');
    await page.goto(`${server.url}/kommune`);
    await page.getByRole('heading', { name: 'Kartlag under bydelskartet' }).waitFor();
    await checkPage(page, 'municipality with tile form');
    const url = page.getByLabel('Adresse til kartflisene');
    await url.fill('http://kart.example.no/{z}/{x}/{y}.png');
    await page.getByRole('button', { name: 'Lagre kartlaget' }).click();
    await page.getByText('Adressen må begynne med https:// og inneholde {z}, {x} og {y}.').first().waitFor();
    await expectNoAxeViolations(page, 'tile form with error');
    await url.fill('https://kart.example.no/{z}/{x}/{y}.png');
    await page.getByLabel('Kildehenvisning').fill('© Eksempel');
    await page.getByRole('button', { name: 'Lagre kartlaget' }).click();
    await page.getByRole('status').filter({ hasText: 'Kartlaget er lagret.' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
