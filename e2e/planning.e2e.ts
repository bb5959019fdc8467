import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, expectNoAxeViolations, launchBrowser, logInAs, openPage, startServer, type E2eServer } from './harness.js';

/**
 * Issue 7 §§ 6 and 7 in the browser (bokmål): the property manager registers a building project and
 * ticks an item of the start-up meeting's checklist with a note; the caseworker opens the
 * homelessness count for week 48 and sees the national definition's categories and the households.
 * Axe on every page and state. One server, few page loads.
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

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' });

describe('planning: building projects and the homelessness count', () => {
  it('the property manager registers a project and ticks a checklist item with a note', async () => {
    const { context, page, errors } = await openPage(browser);
    page.setDefaultTimeout(90_000);
    await logInAs(page, server.url, 'forvalter');
    await nav(page).getByRole('link', { name: 'Byggeprosjekter' }).click();
    await checkPage(page, 'building projects', 'Byggeprosjekter');
    await page.getByRole('table', { name: 'Prosjekter' }).getByRole('link', { name: 'Kvartal 7, Stasjonsbyen' }).waitFor();

    await page.getByRole('link', { name: 'Registrer prosjekt' }).click();
    await checkPage(page, 'new project', 'Registrer prosjekt');
    await page.getByLabel('Navn').fill('Nordre kai, felt B');
    await page.getByLabel('Utbygger').fill('Kai Eiendom AS');
    await page.getByLabel('Antall boliger').fill('40');
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();

    await checkPage(page, 'project', 'Nordre kai, felt B');
    const item = page.getByRole('form', { name: 'Universell utforming og antall rullestoltilpassede boliger er avklart' });
    await item.getByRole('checkbox').check();
    await item.getByLabel('Merknad').fill('Fire rullestolboliger i første etasje');
    await item.getByRole('button', { name: 'Lagre punktet' }).click();
    await page.getByText('Sist endret av Frode Forvalter', { exact: false }).waitFor();
    await page.getByText('1 av 11').waitFor();
    expect(await item.getByRole('checkbox').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Sett status: Oppstartsmøte' }).click();
    await page.getByRole('status').getByText('Status er endret til Oppstartsmøte.').waitFor();
    await page.getByRole('list', { name: 'Prosjektets steg' }).getByText('Oppstartsmøte (nå)').waitFor();
    await expectNoAxeViolations(page, 'project with a ticked item');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the caseworker opens the count for week 48 and sees the categories and the households', async () => {
    const { context, page, errors } = await openPage(browser);
    page.setDefaultTimeout(90_000);
    await logInAs(page, server.url, 'saksbehandler');
    await nav(page).getByRole('link', { name: 'Kartlegging av bostedsløse' }).click();
    await checkPage(page, 'homelessness count', 'Kartlegging av bostedsløse');
    await page.getByRole('heading', { level: 2, name: /^Uke 48:/ }).waitFor();
    const categories = page.getByRole('table', { name: 'Bostedsløse etter kategori' });
    for (const name of ['1. Uten tak over hodet kommende natt', '2. Akutt eller midlertidig botilbud', '5. Bor midlertidig hos venner, kjente eller slektninger']) {
      await categories.getByRole('rowheader', { name }).waitFor();
    }
    await page.getByRole('heading', { level: 2, name: 'Husstander i kartleggingen' }).waitFor();
    // Demo kommune has households in temporary stays and open cases: the caseworker sees them, linked to their cases.
    const households = page.getByRole('table', { name: 'Husstander kjent for tjenestene' });
    await households.getByRole('link').first().waitFor();
    await page.getByText('Uken har ikke begynt ennå.').or(page.getByRole('button', { name: 'Send inn tallene for uken' })).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
