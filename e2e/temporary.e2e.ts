import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';

/**
 * Temporary accommodation in the browser (issue 4, points 5 and 6): the NAV adviser registers a
 * provider with a place (the server refuses a bad organisation number, on the field), takes a
 * § 27 request for a demo family with children, registers the family's stay, opens the stay page,
 * changes the stay and ends it. Axe on every page and form state visited.
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

/** A page that waits longer than Playwright's 30 s: the machine may be busy with other test runs. */
async function newPage(viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, viewport);
  opened.page.setDefaultTimeout(90_000);
  return opened;
}
const logIn = (page: Page, username: string) => logInAs(page, server.url, username);
const summary = (page: Page) => page.locator('.ds-error-summary').first();

/** A calendar date `days` from today (UTC; the server's Oslo date is the same or one ahead). */
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const PROVIDER = 'Fjordheim Pensjonat AS';

describe('the NAV adviser', () => {
  it('registers a provider with a place, registers a family’s stay, changes it and ends it', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'nav');
    await page.getByRole('navigation').getByRole('link', { name: 'Midlertidig botilbud' }).click();
    await checkPage(page, 'temporary stays', 'Midlertidig botilbud');

    // ——— Providers: the list, then a new private operator, first with a bad organisation number ———
    await page.getByRole('link', { name: 'Tilbydere og plasser' }).click();
    await checkPage(page, 'providers', 'Tilbydere og plasser');
    expect(await page.locator('.list-card').count()).toBeGreaterThan(0);
    await page.locator('summary', { hasText: 'Vis plassene' }).first().click();
    await page.locator('.list-card').first().getByRole('table').waitFor();
    await expectNoAxeViolations(page, 'providers with places shown');

    await page.getByRole('link', { name: 'Registrer tilbyder' }).click();
    await checkPage(page, 'new provider', 'Registrer tilbyder');
    await page.getByLabel('Navn', { exact: true }).fill(PROVIDER);
    await page.getByLabel('Privat døgnovernattingssted').check();
    await page.getByLabel('Organisasjonsnummer').fill('123456789');
    await page.getByLabel('Avtalevilkår').fill('750 kr per døgn. Eget rom med bad, felles kjøkken og vaskerom. Tilgang hele døgnet.');
    await page.getByLabel('Avtalen gjelder fra').fill(`${isoDay(0).slice(0, 4)}-01-01`);
    await page.getByRole('button', { name: 'Registrer tilbyder' }).click();
    const orgError = summary(page).getByRole('link', { name: /Organisasjonsnummeret er ikke gyldig/ });
    await orgError.waitFor();
    await page.locator('.ds-validation-message', { hasText: 'Organisasjonsnummeret er ikke gyldig' }).waitFor();
    await expectNoAxeViolations(page, 'new provider with the server’s field error');
    await orgError.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('provider-new-org');

    await page.getByLabel('Organisasjonsnummer').fill('123 456 785');
    await page.getByRole('button', { name: 'Registrer tilbyder' }).click();
    await checkPage(page, 'provider page', PROVIDER);
    await page.getByText('Ingen plasser er registrert ennå.').waitFor();

    // A place with the full checklist, then its label changed.
    await page.getByLabel('Navn på plassen').fill('Rom 1');
    for (const item of ['Tilgang hele døgnet', 'Matlaging', 'WC og bad', 'Klesvask']) await page.getByLabel(item, { exact: true }).check();
    await page.getByRole('button', { name: 'Legg til plass' }).click();
    await page.getByText('Plassen «Rom 1» er lagt til.').waitFor();
    await page.getByRole('table').getByRole('rowheader', { name: 'Rom 1' }).waitFor();
    await expectNoAxeViolations(page, 'provider page with a place');
    await page.getByRole('button', { name: 'Endre Rom 1' }).click();
    const editPlace = page.locator('form', { has: page.getByRole('heading', { name: 'Endre plassen «Rom 1»' }) });
    await editPlace.getByLabel('Navn på plassen').fill('Rom 101');
    await expectNoAxeViolations(page, 'provider page editing a place');
    await editPlace.getByRole('button', { name: 'Lagre plassen' }).click();
    await page.getByText('Plassen «Rom 101» er lagret.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Endre Rom 101');

    // The provider's own facts changed.
    await page.locator('summary', { hasText: 'Endre opplysningene' }).click();
    await page.getByLabel('Avtalevilkår').fill('790 kr per døgn fra 1. januar. Eget rom med bad, felles kjøkken og vaskerom.');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.getByText('Endringene er lagret.').waitFor();
    await page.locator('dd', { hasText: '790 kr per døgn' }).waitFor();
    await expectNoAxeViolations(page, 'provider page after a change');

    // ——— Register a stay: the Rahimi family has no § 27 case yet, so take the request first ———
    await page.getByRole('link', { name: 'Tilbake til tilbydere og plasser' }).click();
    await checkPage(page, 'providers again', 'Tilbydere og plasser');
    await page.getByRole('link', { name: 'Tilbake til pågående opphold' }).click();
    await checkPage(page, 'temporary stays again', 'Midlertidig botilbud');
    await page.getByRole('link', { name: 'Registrer opphold' }).click();
    await checkPage(page, 'new stay', 'Registrer opphold');
    await page.getByLabel('Søk etter en person i husstanden').fill('Rahimi');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('button', { name: 'Velg husstanden til Mohammed Rahimi' }).click();
    await page.getByText('2 voksne og 2 barn under 18 år').waitFor();
    await page.getByRole('link', { name: 'Ta imot søknad' }).waitFor();
    await expectNoAxeViolations(page, 'new stay without a § 27 case');
    await page.getByRole('link', { name: 'Ta imot søknad' }).click();
    await checkPage(page, 'application form', 'Søknad for Mohammed Rahimi');
    await page.getByLabel('Møte', { exact: true }).check();
    await page.getByLabel('Hva gjelder henvendelsen?').fill('Familien må ut av leiligheten i kveld etter vannskade. Trenger et sted å bo.');
    await page.getByLabel('Midlertidig botilbud (sosialtjenesteloven § 27)').check();
    await page.getByLabel('Uten tak over hodet').check();
    await page.getByLabel('Hovedårsak til behovet').selectOption('other');
    await page.getByRole('button', { name: 'Registrer søknaden' }).click();
    await page.getByRole('heading', { name: 'Søknaden er registrert' }).waitFor();

    await page.goto(`${server.url}/midlertidig/opphold/ny`);
    await checkPage(page, 'new stay again', 'Registrer opphold');
    await page.getByLabel('Søk etter en person i husstanden').fill('Rahimi');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('button', { name: 'Velg husstanden til Mohammed Rahimi' }).click();
    await page.getByLabel('Tilbyder', { exact: true }).selectOption({ label: `${PROVIDER} (privat døgnovernattingssted)` });
    await page.getByLabel('Plass', { exact: true }).selectOption({ label: 'Rom 101' });
    await page.getByText('Plassen har alt på sjekklisten.').waitFor();
    await expect(page.getByLabel('Ja', { exact: true }).isChecked()).resolves.toBe(true); // children: from the household
    await expect(page.getByLabel('Sak om midlertidig botilbud (§ 27)').inputValue()).resolves.not.toBe('');

    // A start date ahead of today: the server's message on the field.
    await page.getByLabel('Startdato').fill(isoDay(5));
    await page.getByRole('button', { name: 'Registrer oppholdet' }).click();
    await summary(page).getByRole('link').first().waitFor();
    await page.locator('#stay-start').and(page.locator('[aria-invalid="true"]')).waitFor();
    await expectNoAxeViolations(page, 'new stay with the server’s field error');
    await page.getByLabel('Startdato').fill(isoDay(-10));
    await page.getByRole('button', { name: 'Registrer oppholdet' }).click();

    // ——— The stay page ———
    await checkPage(page, 'stay page', 'Opphold: Mohammed Rahimi');
    await expect(page.getByTestId('stay-status').innerText()).resolves.toBe('Pågår');
    expect(Number(await page.getByTestId('stay-days').innerText())).toBeGreaterThanOrEqual(10);
    await expect(page.getByTestId('flag-shortStay').innerText()).resolves.toBe('Ja');
    await expect(page.getByTestId('flag-over3Months').innerText()).resolves.toBe('Nei');
    await expect(page.getByTestId('flag-childrenOver3Months').innerText()).resolves.toBe('Nei');
    await expect(page.getByTestId('flag-nightShelter').innerText()).resolves.toBe('Nei');
    await expect(page.getByTestId('stay-children').innerText()).resolves.toBe('Ja');
    await expect(page.getByTestId('stay-cooperation').innerText()).resolves.toBe('Ikke signert');
    await page.getByRole('link', { name: PROVIDER }).waitFor();

    // Change it: the cooperation agreement signed, cleaning offered.
    await page.getByLabel('Samarbeidsavtalen ble signert').fill(isoDay(-9));
    await page.getByLabel('Beboeren har fått tilbud om renhold').check();
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.locator('.ds-alert', { hasText: 'Endringene er lagret.' }).waitFor();
    await expect(page.getByTestId('stay-cooperation').innerText()).resolves.toMatch(/^Signert /);
    await expect(page.getByTestId('stay-cleaning').innerText()).resolves.toBe('Ja');
    await expectNoAxeViolations(page, 'stay page after a change');

    // End it: first before the start (the server's message), then yesterday.
    await page.getByLabel('Utflyttingsdato').fill(isoDay(-20));
    await page.getByRole('button', { name: 'Avslutt oppholdet' }).click();
    await summary(page).getByRole('link').first().waitFor();
    await expectNoAxeViolations(page, 'end form with the server’s field error');
    await page.getByLabel('Utflyttingsdato').fill(isoDay(-1));
    await page.getByRole('button', { name: 'Avslutt oppholdet' }).click();
    await page.getByRole('button', { name: 'Gjenåpne oppholdet' }).waitFor();
    await expect(page.getByTestId('stay-status').innerText()).resolves.toMatch(/^Avsluttet/);
    await expectNoAxeViolations(page, 'stay page after the end');

    // The stay page in nynorsk and English.
    for (const [button, lang, heading] of [
      ['Nynorsk', 'nn', 'Opphald: Mohammed Rahimi'],
      ['English', 'en', 'Stay: Mohammed Rahimi'],
      ['Bokmål', 'nb', 'Opphold: Mohammed Rahimi'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.waitForFunction((code) => document.documentElement.lang === code, lang);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectNoAxeViolations(page, `stay page (${lang})`);
    }
    // The three refusals above (organisation number, start date, end date) answer 400 with the field errors.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();
  }, 600_000);

  it('fits the provider, stay and register pages on a 360 px screen', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'nav');
    await page.goto(`${server.url}/midlertidig`);
    await checkPage(page, 'phone stays', 'Midlertidig botilbud');
    const stayHref = await page.getByRole('table').locator('tbody tr').first().getByRole('link').first().getAttribute('href');
    await page.goto(`${server.url}/midlertidig/tilbydere`);
    await checkPage(page, 'phone providers', 'Tilbydere og plasser');
    const providerHref = await page.locator('.list-card').first().getByRole('heading').getByRole('link').getAttribute('href');
    for (const path of ['/midlertidig', '/midlertidig/tilbydere', '/midlertidig/tilbydere/ny', '/midlertidig/opphold/ny', providerHref ?? '', stayHref ?? '']) {
      expect(path).toMatch(/^\/midlertidig/);
      await page.goto(`${server.url}${path}`);
      await checkPage(page, `phone ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }, 300_000);
});

describe('the caseworker', () => {
  it('reads the stays and providers but is told that only NAV registers stays', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.goto(`${server.url}/midlertidig`);
    await checkPage(page, 'caseworker stays', 'Midlertidig botilbud');
    expect(await page.getByRole('link', { name: 'Registrer opphold' }).count()).toBe(0);
    await page.getByRole('table').locator('tbody tr').first().getByRole('link').first().click();
    await checkPage(page, 'caseworker stay page', /^Opphold: /);
    expect(await page.getByRole('button', { name: 'Avslutt oppholdet' }).count()).toBe(0);
    await page.goto(`${server.url}/midlertidig/opphold/ny`);
    await checkPage(page, 'caseworker new stay', 'Registrer opphold');
    await page.getByText('Bare NAV-veiledere kan registrere og endre opphold.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
