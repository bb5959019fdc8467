import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionPlan, actionPlanGoal, actionPlanTarget } from '../src/db/schema/index.js';
import { rows, withTenant } from '../src/server/platform/db.js';
import { extractText, inflatePdf } from '../test/pdf-text.js';
import { checkPage, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';

/**
 * Issue 7 «done when»: the manager opens the dashboard, goes to the council reports, creates the
 * quarter's report, writes the narrative and publishes it as PDF; the PDF link gives a PDF with the
 * narrative; axe finds nothing on the dashboard, the editor and the published report (bokmål).
 */

let server: E2eServer;
let browser: Browser;

const GOAL = 'Kortere ventetid og færre barn i midlertidig botilbud';

/** The demo municipality's adopted plan with a goal and targets for this and last year (added when the demo has none), so the report has trend charts. */
async function ensureAdoptedPlan(): Promise<void> {
  const db = server.husly.handle.db;
  const [demo] = await rows<{ id: number }>(db, sql`select id from municipality where kommunenummer = '9999'`);
  const municipalityId = demo!.id;
  await withTenant(db, { municipalityId }, async (tx) => {
    const adopted = await rows<{ id: string }>(tx, sql`select id from action_plan where status = 'adopted'`);
    if (adopted.length > 0) return;
    const [leader] = await rows<{ id: string }>(tx, sql`select id from staff_user where username = 'leder'`);
    const [plan] = await tx
      .insert(actionPlan)
      .values({ municipalityId, title: 'Boligsosial handlingsplan (test)', fromYear: 2024, toYear: 2030, status: 'adopted', adoptedOn: '2024-01-15', adoptedRef: 'PS 1/24', createdBy: leader!.id })
      .returning({ id: actionPlan.id });
    const [goal] = await tx.insert(actionPlanGoal).values({ municipalityId, planId: plan!.id, position: 1, title: GOAL }).returning({ id: actionPlanGoal.id });
    const year = new Date().getFullYear();
    for (const y of [year - 1, year]) {
      await tx.insert(actionPlanTarget).values([
        { municipalityId, planId: plan!.id, goalId: goal!.id, indicatorId: 'waiting.median_days', year: y, direction: 'at_most', target: 90, tolerance: 30 },
        { municipalityId, planId: plan!.id, goalId: goal!.id, indicatorId: 'temporary.children_over_3_months_households', year: y, direction: 'at_most', target: 0, tolerance: 2 },
      ]);
    }
  });
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await ensureAdoptedPlan();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const nav = (page: Page) => page.getByRole('navigation', { name: /Hovedmeny/ });
const SUMMARY = 'Færre barnefamilier bor i midlertidig botilbud enn i forrige kvartal.';

describe('the report to the municipal council', () => {
  it('the manager writes the narrative and publishes the quarter’s report as PDF', async () => {
    const { context, page, errors } = await openPage(browser);
    page.setDefaultTimeout(90_000);
    await logInAs(page, server.url, 'leder');

    await nav(page).getByRole('link', { name: 'Styring og handlingsplan' }).click();
    await page.waitForURL(/\/styring$/);
    await checkPage(page, 'dashboard');

    await nav(page).getByRole('link', { name: 'Rapporter til kommunestyret' }).click();
    await checkPage(page, 'reports', 'Rapporter til kommunestyret');
    await expect(page.getByText('Ingen rapporter er publisert ennå.').count()).resolves.toBe(1);

    // The last finished quarter is chosen already.
    await page.getByRole('button', { name: 'Lag utkast' }).click();
    await checkPage(page, 'editor', /^Utkast: Rapport til kommunestyret \d{4} K[1-4]$/);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const quarter = /\d{4} K[1-4]/.exec(heading)?.[0] ?? '';

    await page.getByLabel('Tekst: Sammendrag').fill(`${SUMMARY}\n\nVentelisten er kortere.`);
    await page.getByLabel('Tekst: Veien videre og risiko').fill('Det trengs flere små boliger.');
    await page.getByRole('button', { name: 'Lagre teksten' }).click();
    await page.getByRole('status').filter({ hasText: 'Teksten er lagret.' }).waitFor();
    // The live preview shows the narrative and the figures (the other key figures at least).
    const preview = page.locator('section[aria-labelledby="report-preview"]');
    await preview.getByText(SUMMARY).waitFor();
    await preview.getByRole('table', { name: 'Andre nøkkeltall for perioden' }).waitFor();
    // Each plan indicator has a trend chart with its values as the text alternative, and a table view.
    await expect(preview.getByRole('img', { name: /^Utvikling per kvartal: / }).count()).resolves.toBeGreaterThan(0);
    await checkPage(page, 'editor with preview');

    await page.getByRole('button', { name: 'Publiser', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, publiser' }).click();
    const pdfLink = page.getByRole('link', { name: 'Last ned PDF' });
    await pdfLink.waitFor();
    await page.getByText(/Rapporten ble publisert/).waitFor();
    await page.getByText('Dette er den første publiserte rapporten, så det er ingenting å sammenligne med.').waitFor();
    await expect(page.getByText(SUMMARY).count()).resolves.toBe(1);
    await checkPage(page, 'published report', `Rapport til kommunestyret ${quarter}`);
    await page.getByRole('img', { name: /^Utvikling per kvartal: / }).first().waitFor();
    // Phone width: nothing wider than the screen (tables scroll in their own region).
    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    const href = await pdfLink.getAttribute('href');
    const response = await context.request.get(`${server.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^inline; filename=/);
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const src = pdf.toString('latin1');
    expect(src).toContain('/StructTreeRoot');
    const text = extractText(inflatePdf(pdf));
    expect(text).toContain(SUMMARY);
    expect(text).toContain('Det trengs flere små boliger.');
    expect(text).toContain(`Rapport til kommunestyret ${quarter}`);

    // The archive lists it with its data version; the politician reads it.
    await page.getByRole('link', { name: 'Alle rapporter' }).click();
    await checkPage(page, 'archive', 'Rapporter til kommunestyret');
    await page.getByRole('table', { name: 'Publiserte rapporter, nyeste periode først' }).getByRole('link', { name: `Rapport til kommunestyret ${quarter}` }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
