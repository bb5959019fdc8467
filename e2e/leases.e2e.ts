import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, osloDate } from '../src/domain/deadlines/calendar.js';
import { checkPage, errorSummaryIn, expectNoAxeViolations, launchBrowser, logInAs, openDetails, openPage, startServer, withoutRefusals, type E2eServer } from './harness.js';

/**
 * Issue 4 point 6 and the lease actions in the browser: the caseworker records the outcome of a
 * renewal assessment (renew opens a case), drafts a lease on a vacant dwelling, is refused
 * signing a § 11-1 lease without the written notice and signs it with the date, records the
 * move-in with the checklist, and is refused a KPI adjustment with three weeks' notice. The
 * property manager sees the renewals without the outcome form. The demo seed is relative to
 * today (the harness has no fixed clock), so dates here are too. Axe on every page and form state.
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
/** Expected refusals answer 400/422, which the browser logs as failed resources. */
const unexpected = (errors: string[]) => withoutRefusals(errors, [400, 422]);

const today = osloDate(new Date());

describe('the caseworker', () => {
  it('records the outcome of a renewal assessment and goes to the renewal case it opened', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.getByRole('navigation').getByRole('link', { name: 'Leieforhold' }).click();
    await checkPage(page, 'lease lists with renewals', 'Leieforhold');
    const section = page.locator('section[aria-labelledby="leases-renewals"]');
    const cards = section.locator('.list-card');
    await cards.first().waitFor();
    const before = await cards.count();
    expect(before).toBeGreaterThan(0);

    const card = cards.first();
    const address = await card.getByRole('heading', { level: 3 }).innerText();
    await openDetails(card, 'Registrer utfall');
    await card.getByRole('button', { name: 'Lagre utfallet' }).click();
    await errorSummaryIn(card).waitFor();
    await expectNoAxeViolations(page, 'renewal outcome form with error summary');

    await card.getByRole('radio', { name: 'Forny leieforholdet' }).check();
    await card.getByLabel('Behov i fornyelsessaken (valgfri)').selectOption('other');
    await card.getByLabel('Begrunnelse').fill('Husstanden trenger fortsatt kommunal bolig; vurdert i oppfølgingsmøte.');
    await card.getByRole('button', { name: 'Lagre utfallet' }).click();
    await section.getByText('Utfallet er lagret: Forny leieforholdet.').waitFor();
    const caseLink = section.getByRole('link', { name: /^Gå til sak \d{4}-\d{6}$/ });
    await caseLink.waitFor();
    await expect.poll(() => cards.count()).toBe(before - 1);
    await expect(section.getByRole('heading', { level: 3, name: address, exact: true }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'lease lists after the outcome');

    // The assessed renewals, loaded when opened, list it with its case.
    await openDetails(section, 'Vurderte fornyelser');
    await section.getByRole('table').getByRole('rowheader', { name: address }).first().waitFor();
    await expectNoAxeViolations(page, 'assessed renewals');

    const caseNumber = (await caseLink.innerText()).replace('Gå til sak ', '');
    await caseLink.click();
    await checkPage(page, 'the renewal case');
    await page.getByText(caseNumber).first().waitFor();
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('drafts a lease on a vacant dwelling, signs it under § 11-1, records the move-in and is refused a KPI rise with three weeks’ notice', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');

    // A vacant dwelling from the vacancy board.
    await page.goto(`${server.url}/boliger/ledige`);
    await checkPage(page, 'vacancy board', 'Ledige boliger');
    await page.getByRole('table').locator('tbody tr').first().getByRole('link').click();
    await checkPage(page, 'vacant dwelling page');
    await expect(page.getByTestId('current-status').innerText()).resolves.toBe('Ledig');
    await page.getByRole('link', { name: 'Lag utkast til leiekontrakt' }).click();
    await checkPage(page, 'new lease page', /^Ny leiekontrakt: /);

    // Nothing chosen: the error summary names what is missing.
    const terms = page.locator('form', { has: page.getByRole('button', { name: 'Lag utkast' }) });
    await terms.getByRole('button', { name: 'Lag utkast' }).click();
    await errorSummaryIn(terms).getByText('Søk opp og velg husstanden som skal leie').waitFor();
    await expectNoAxeViolations(page, 'new lease with error summary');

    // The household, found by name through the person register.
    await page.getByLabel('Søk etter leietaker').fill('Mohammed Rahimi');
    await page.getByRole('search').getByRole('button', { name: 'Søk' }).click();
    const household = page.getByRole('radio', { name: /^Mohammed Rahimi, født / });
    await household.waitFor();
    await household.check();
    await expectNoAxeViolations(page, 'new lease with search results');

    await expect(terms.getByLabel('Startdato').inputValue()).resolves.toBe(today);
    await terms.getByLabel(/Avtalen inngås etter husleieloven § 11-1/).check();
    await terms.getByRole('radio', { name: 'Depositumskonto' }).check();
    const rentField = terms.getByLabel('Månedsleie (kr)');
    if (!(await rentField.inputValue())) await rentField.fill('8500');
    await terms.getByLabel('Depositum (kr)').fill((await rentField.inputValue()).replace(/\D/g, ''));
    await terms.getByRole('radio', { name: 'Gjengs leie' }).check();
    await terms.getByRole('button', { name: 'Lag utkast' }).click();
    await page.waitForURL(/\/leieforhold\/[0-9a-f-]{36}$/);
    await checkPage(page, 'the new draft lease');
    await expect(page.getByTestId('lease-status').innerText()).resolves.toBe('Utkast');

    // § 11-1 without the written notice: the server refuses, on the notice field.
    await openDetails(page, 'Signer kontrakten');
    await page.getByRole('button', { name: 'Signer', exact: true }).click();
    const refusal = 'En § 11-1-avtale kan ikke signeres før leietakeren har fått skriftlig beskjed om at avtalen gir færre rettigheter. Registrer datoen for beskjeden.';
    await errorSummaryIn(page).getByText(refusal).waitFor();
    await expect(page.locator('.ds-validation-message', { hasText: refusal }).count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'signing refused without the § 11-1 notice');
    await page.getByLabel('Dato for skriftlig beskjed etter § 11-1').fill(today);
    await page.getByRole('button', { name: 'Signer', exact: true }).click();
    await page.getByText('Kontrakten er signert.').waitFor();
    await expect(page.getByTestId('lease-status').innerText()).resolves.toBe('Signert');
    await expectNoAxeViolations(page, 'signed lease');

    // Move-in with the standard checklist: first without answers, then all in order.
    await openDetails(page, 'Registrer innflytting');
    const moveIn = page.locator('form', { has: page.getByRole('button', { name: 'Lagre innflytting' }) });
    await moveIn.getByRole('button', { name: 'Lagre innflytting' }).click();
    await errorSummaryIn(moveIn).getByText('Velg tilstand (røykvarsler)').waitFor();
    await expectNoAxeViolations(page, 'move-in form with error summary');
    await moveIn.getByLabel('Antall nøkler levert ut').fill('3');
    await moveIn.getByLabel('Strømmåler (valgfri)').fill('45123,5');
    await moveIn.getByRole('button', { name: 'Sett alle punkter til «I orden»' }).click();
    await moveIn.getByRole('button', { name: 'Lagre innflytting' }).click();
    await page.getByText('Innflyttingen er registrert.').waitFor();
    const records = page.locator('section[aria-labelledby="lease-inspections"]');
    await records.getByText('Alle punkter i orden eller ikke aktuelle.').waitFor();
    await expect(page.locator('summary', { hasText: 'Registrer innflytting' }).count()).resolves.toBe(0);

    // KPI adjustment with three weeks' notice: the law's reasons, as the server words them.
    await openDetails(page, 'Endre husleien');
    const adjust = page.locator('form', { has: page.getByRole('button', { name: 'Lagre leieendringen' }) });
    await adjust.getByRole('radio', { name: 'Indeksregulering (KPI, § 4-2)' }).check();
    await adjust.getByLabel('Dato varselet ble sendt').fill(today);
    await adjust.getByLabel('Ny leie gjelder fra').fill(addDays(today, 21));
    await adjust.getByLabel('KPI da leien sist ble fastsatt').fill('130,2');
    await adjust.getByLabel('Siste publiserte KPI').fill('134,8');
    await adjust.getByRole('button', { name: 'Lagre leieendringen' }).click();
    const summary = errorSummaryIn(adjust);
    await summary.getByText('Varselet er for kort: minst én måned før indeksregulering (§ 4-2) og seks måneder før endring til gjengs leie (§ 4-3).').waitFor();
    await summary.getByText('Indeksregulering kan tidligst gjelde fra 12 måneder etter at leien sist ble fastsatt (husleieloven § 4-2).').waitFor();
    await expectNoAxeViolations(page, 'rent adjustment refused');
    await expect(page.locator('section[aria-labelledby="lease-adjustments"]').getByText('Leien er ikke endret.').count()).resolves.toBe(1);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});

describe('the property manager', () => {
  it('sees the renewals to assess without the outcome form, and the actions of a running lease', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'forvalter');
    await page.getByRole('navigation').getByRole('link', { name: 'Leieforhold' }).click();
    await checkPage(page, 'lease lists (property manager)', 'Leieforhold');
    const section = page.locator('section[aria-labelledby="leases-renewals"]');
    await section.getByText('Saksbehandleren registrerer utfallet av vurderingen.').waitFor();
    await section.locator('.list-card').first().waitFor();
    await expect(section.locator('summary', { hasText: 'Registrer utfall' }).count()).resolves.toBe(0);

    await page.locator('section[aria-labelledby="leases-arrears"] tbody tr').first().getByRole('link').click();
    await checkPage(page, 'running lease (property manager)');
    const actions = page.locator('section[aria-labelledby="lease-actions"]');
    for (const action of ['Endre husleien', 'Registrer steg i utkastelsessak', 'Avslutt leieforholdet', 'Registrer utflyttingsbefaring']) {
      await actions.locator('summary', { hasText: action }).waitFor();
    }
    await expect(actions.locator('summary', { hasText: 'Signer kontrakten' }).count()).resolves.toBe(0);
    await openDetails(actions, 'Registrer utflyttingsbefaring');
    await actions.getByRole('button', { name: 'Lagre befaringen' }).waitFor();
    await expectNoAxeViolations(page, 'move-out inspection form');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it('fits the lease lists, a lease with its actions and the new lease page on 360 px', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'saksbehandler');
    const fits = async (label: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
    };
    await page.goto(`${server.url}/leieforhold`);
    await checkPage(page, 'phone lease lists', 'Leieforhold');
    await page.locator('section[aria-labelledby="leases-renewals"] .list-card').first().waitFor();
    await openDetails(page.locator('section[aria-labelledby="leases-renewals"] .list-card').first(), 'Registrer utfall');
    await fits('lease lists');

    await page.locator('section[aria-labelledby="leases-arrears"] tbody tr').first().getByRole('link').click();
    await checkPage(page, 'phone lease page');
    await openDetails(page, 'Endre husleien');
    await openDetails(page, 'Registrer utflyttingsbefaring');
    await fits('lease page');
    await expectNoAxeViolations(page, 'phone lease page with forms open');

    await page.goto(`${server.url}/boliger/ledige`);
    await checkPage(page, 'phone vacancy board');
    await page.getByRole('table').locator('tbody tr').first().getByRole('link').click();
    await checkPage(page, 'phone dwelling page');
    await page.getByRole('link', { name: 'Lag utkast til leiekontrakt' }).click();
    await checkPage(page, 'phone new lease page', /^Ny leiekontrakt: /);
    await fits('new lease page');
    await context.close();
  });
});
