import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Husly } from '../src/server/main.js';
import { createTestApp } from '../test/app.js';
import { openTestDb } from '../test/db.js';

const require = createRequire(import.meta.url);
// Injected through the DevTools protocol (page.evaluate), which the page's CSP does not
// govern; the app itself keeps its strict CSP in these tests.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const CHROMIUM = process.env.HUSLY_CHROMIUM ?? '/usr/bin/chromium';

export interface E2eServer {
  url: string;
  husly: Husly;
  close(): Promise<void>;
}

/**
 * The real app (built web + API) on 127.0.0.1 with a fresh database holding the demo data: a
 * clone of the run's demo-seeded template (test/global-setup-demo.ts), so each file starts
 * from the same demo without seeding it again.
 */
export async function startServer(): Promise<E2eServer> {
  const handle = await openTestDb({ demo: true });
  const husly = await createTestApp(handle, { config: { webDir: path.resolve(import.meta.dirname, '../dist/web') } });
  await husly.app.listen({ port: 0, host: '127.0.0.1' });
  const address = husly.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, husly, close: () => husly.close() };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and fails on any violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  const summary = (violations as AxeViolation[]).map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${label}`).toEqual([]);
}

/** The page's (or a form's) error summary. */
export const errorSummaryIn = (scope: Page | Locator) => scope.locator('.ds-error-summary').first();

/** Opens a <details> by its summary text. */
export const openDetails = (scope: Page | Locator, text: string | RegExp) => scope.locator('summary', { hasText: text }).first().click();

/** Console errors other than the refusals a test provokes on purpose (the browser logs them as failed resources). */
export const withoutRefusals = (errors: string[], statuses: readonly number[]) => errors.filter((e) => !new RegExp(`status of (${statuses.join('|')})`).test(e));

/** Collects console errors and CSP violations so a page that "looks fine" but broke is caught. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    // "Not logged in" (GET /api/session → 401) is how the app learns it must show the login page.
    if (msg.type() === 'error' && !msg.text().includes('status of 401')) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * A fresh browser context and page, with console errors collected. Reduced motion: Designsystemet
 * animates <details> opening (0.4 s), and a click during the animation can land on another element.
 */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  return { context, page, errors: watchConsole(page) };
}

/** Logs in through the login page with the demo password and waits for the app shell. */
export async function logInAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill('demo');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

/** Waits until the page (h1 and data) has settled, then runs axe. */
export async function checkPage(page: Page, label: string, heading?: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await expectNoAxeViolations(page, label);
}
