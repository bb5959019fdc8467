import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoUser } from '../src/db/seeds/demo-data.js';
import { DEMO_MUNICIPALITIES } from '../src/db/seeds/demo-data.js';
import { AREA_ACCESS, type Area } from '../src/domain/access/roles.js';
import { AREA_PATHS } from '../src/web/app/routes.js';
import { expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';

export const LANGUAGES = [
  { code: 'nb', button: 'Bokmål' },
  { code: 'nn', button: 'Nynorsk' },
  { code: 'en', button: 'English' },
] as const;

export async function chooseLanguage(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, { bokmål: 'nb', nynorsk: 'nn', english: 'en' }[button.toLowerCase()]);
}

/** Every demo user (both municipalities), in a stable order. */
export const DEMO_USERS: readonly DemoUser[] = DEMO_MUNICIPALITIES.flatMap((m) => m.users);

/**
 * The sweep over every page a role can open: each user logs in, sees its municipality and name
 * and exactly its areas in the navigation, and every area's page passes axe in bokmål and in one
 * of nynorsk and English (alternating by area, so each language covers half the pages of every
 * role; the catalogues are typed against bokmål, so a missing text cannot compile). The sweep is
 * split over two files so the browser tests' two workers share it.
 */
export function describeRolePages(users: readonly DemoUser[]): void {
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

  async function checkArea(page: Page, area: Area, label: string): Promise<void> {
    await page.goto(`${server.url}${AREA_PATHS[area]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, label);
  }

  describe('each demo user', () => {
    for (const user of users) {
      it(`${user.username} (${user.role}) logs in, sees the start page for the role, every page of the role passes axe in bokmål and one more language`, async () => {
        const { context, page, errors } = await openPage(browser);
        await logInAs(page, server.url, user.username);
        const municipality = DEMO_MUNICIPALITIES.find((m) => m.users.includes(user))!;
        await expect(page.getByRole('banner').getByText(municipality.name).first().isVisible()).resolves.toBe(true);
        await expect(page.getByRole('banner').getByText(user.displayName).first().isVisible()).resolves.toBe(true);
        const nav = page.getByRole('navigation').first();
        expect(await nav.getByRole('link').count()).toBe(AREA_ACCESS[user.role].length);

        const areas = AREA_ACCESS[user.role];
        for (const area of areas) await checkArea(page, area, `${user.username} ${area} (nb)`);
        for (const [index, { code, button }] of [LANGUAGES[1], LANGUAGES[2]].entries()) {
          await chooseLanguage(page, button);
          for (const [i, area] of areas.entries()) {
            if (i % 2 === index) await checkArea(page, area, `${user.username} ${area} (${code})`);
          }
        }
        // The language choice is saved on the user.
        const session = await page.evaluate(async () => (await fetch('/api/session')).json());
        expect(session.language).toBe('en');
        await chooseLanguage(page, 'Bokmål');
        expect(errors).toEqual([]);
        await context.close();
        // The caseworker opens 16 areas: a minute on an idle 2-core machine, more beside another worker.
      }, 300_000);
    }
  });
}
