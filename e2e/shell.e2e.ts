import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';
import { chooseLanguage, LANGUAGES } from './role-pages.js';

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

describe('the login page', () => {
  it('passes axe in all three languages, and shows an error summary that links to the fields', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${server.url}/login`);
    for (const { code, button } of LANGUAGES) {
      await chooseLanguage(page, button);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
      await expectNoAxeViolations(page, `login (${code})`);
    }
    await chooseLanguage(page, 'Bokmål');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const summary = page.locator('[data-testid="error-summary"], .ds-error-summary, [role="alert"]').first();
    await summary.waitFor();
    const links = summary.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    await links.first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBeTruthy();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.tagName)).toBe('INPUT');
    await expectNoAxeViolations(page, 'login with error summary');

    await page.getByLabel('Brukernavn').fill('saksbehandler');
    await page.getByLabel('Passord').fill('feil-passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Feil brukernavn eller passord.').waitFor();
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('can be used by keyboard alone', async () => {
    const { context, page } = await newPage();
    await page.goto(`${server.url}/login`);
    // The form renders once the app has learnt there is no session; tab only when it is there.
    await page.getByLabel('Brukernavn').waitFor();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.autocomplete === 'username');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('leder');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});

describe('the admin pages', () => {
  it('creates a user with the error summary on bad input, opens it, and the access log shows the read', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'admin');
    await page.goto(`${server.url}/admin/brukere`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    const form = page.locator('form').filter({ has: page.getByLabel('Førstegangspassord') }).first();
    await form.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.locator('[data-testid="error-summary"], .ds-error-summary, [role="alert"]').first().waitFor();
    await expectNoAxeViolations(page, 'users with error summary');

    await form.getByLabel('Brukernavn').fill('kari.nordmann');
    await form.getByLabel('Visningsnavn').fill('Kari Nordmann');
    await form.getByLabel('Rolle').selectOption('caseworker');
    await form.getByLabel('Førstegangspassord').fill('et-langt-startpassord');
    await form.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByRole('link', { name: /kari\.nordmann/ }).waitFor();
    await page.getByRole('link', { name: /kari\.nordmann/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'user detail');

    await page.goto(`${server.url}/admin/innsynslogg`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'admin.user.view' }).first().waitFor();
    await expectNoAxeViolations(page, 'access log with rows');

    await page.goto(`${server.url}/admin/hendelser`);
    await page.getByRole('cell', { name: 'staff_user.created' }).first().waitFor();
    await expectNoAxeViolations(page, 'audit log with rows');

    await page.goto(`${server.url}/finnes-ikke`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'not found');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a caseworker "no access" inside the shell for an admin page', async () => {
    const { context, page, errors } = await newPage();
    try {
      await logIn(page, 'saksbehandler');
    } catch (error) {
      throw new Error(`${String(error)}\n${errors.join('\n')}\n${await page.locator('body').innerText()}`, { cause: error });
    }
    await page.goto(`${server.url}/admin/hendelser`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('button', { name: 'Logg ut' }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, 'forbidden');
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByLabel('Brukernavn').waitFor();
    await context.close();
  });
});

describe('on a phone', () => {
  it('fits a 360 px wide screen without sideways scrolling and passes axe', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'admin');
    for (const p of ['/', '/admin/brukere', '/admin/hendelser']) {
      await page.goto(`${server.url}${p}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${p}`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `phone ${p}`);
    }
    await context.close();
  });
});
