import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, errorSummaryIn, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';

/**
 * Issue 7 §§ 2 and 9 in the browser: the manager opens the dashboard (/styring) and sees the demo
 * plan's indicators with a status in text and a sparkline with a text alternative for each,
 * toggles the table view, opens the plan, adds a measure (a missing owner first) and sees the new
 * revision and what it changed. Axe on every state. One server, one login.
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

const PLAN = 'Boligsosial handlingsplan 2025–2028';
const STATUS_TEXT = /^(I rute|I faresonen|Ikke i rute|Ingen data)$/;

describe('action plan and dashboard', () => {
  it('the manager reads the dashboard, opens the plan, adds a measure and sees the revision', async () => {
    const { context, page, errors } = await openPage(browser);
    page.setDefaultTimeout(90_000);
    await logInAs(page, server.url, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Styring og handlingsplan' }).click();
    await checkPage(page, 'dashboard', 'Styring');

    // One indicator per target of the year, each with a status in words and a sparkline with a text alternative.
    const items = page.locator('.plan-indicator');
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(5);
    const statuses = await page.locator('.plan-status').allInnerTexts();
    expect(statuses).toHaveLength(count);
    for (const s of statuses) expect(s.replace(/^[✓!✕–]\s*/, '').trim()).toMatch(STATUS_TEXT);
    const sparklines = page.getByRole('img', { name: /per kvartal:/ });
    expect(await sparklines.count()).toBe(count);
    const label = (await sparklines.first().getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/K\d [^,]+, .*Målverdi/);
    await page.getByRole('heading', { name: 'Ingen barn over tre måneder i midlertidig botilbud', level: 3 }).waitFor();

    // The definition behind «?», and the table view of every series.
    const about = page.locator('details', { has: page.locator('summary', { hasText: 'Om «Husstander på ventelisten»' }) });
    await about.locator('summary').click();
    await about.getByText('Kilde:', { exact: false }).waitFor();
    const toggle = page.getByRole('button', { name: 'Vis som tabell' });
    await toggle.click();
    const table = page.getByTestId('plan-series-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(count);
    expect(await page.getByRole('button', { name: 'Skjul tabellen' }).getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, 'dashboard with the table');

    // The plan page: goals, measures, revisions.
    await page.getByRole('link', { name: `Åpne planen «${PLAN}»` }).click();
    await checkPage(page, 'plan', PLAN);
    const revisions = page.getByTestId('plan-revisions');
    await revisions.getByText('Plan vedtatt 2025-02-12 (PS 12/25)').waitFor();
    const before = await revisions.locator('tbody tr').count();

    const goal = page.locator('article', { has: page.getByRole('heading', { name: 'Mål 4: Flere fra leie til eie' }) });
    await goal.getByRole('button', { name: 'Legg til tiltak' }).click();
    await goal.getByLabel('Tiltak', { exact: true }).fill('Kurs i privatøkonomi for leietakere');
    await goal.getByRole('button', { name: 'Legg til tiltak' }).click();
    const ownerError = errorSummaryIn(goal).getByRole('link', { name: 'Ansvarlig må fylles ut' });
    await ownerError.waitFor();
    await expectNoAxeViolations(page, 'measure form with an error');
    await goal.getByLabel('Ansvarlig').fill('Boligkontoret');
    await goal.getByLabel('Status').selectOption({ label: 'Pågår' });
    await goal.getByRole('button', { name: 'Legg til tiltak' }).click();
    await goal.getByRole('rowheader', { name: 'Kurs i privatøkonomi for leietakere' }).waitFor();
    await revisions.getByText('Tiltak lagt til: Kurs i privatøkonomi for leietakere').waitFor();
    expect(await revisions.locator('tbody tr').count()).toBe(before + 1);

    await page.getByRole('button', { name: `Vis endringene i revisjon ${before + 1}` }).click();
    const diff = page.getByTestId('plan-diff');
    await diff.getByText('Tiltak – lagt til:').waitFor();
    expect(await diff.innerText()).toContain('Kurs i privatøkonomi for leietakere');
    await expectNoAxeViolations(page, 'plan with a revision diff');

    // Reads on a phone: nothing wider than 360 px outside the tables' own scroll regions.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    expect(errors).toEqual([]);
    await context.close();
  });
});
