import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withControlDigits } from '../src/domain/identity/fnr.js';
import { checkPage, expectNoAxeViolations, launchBrowser, logInAs, openDetails, openPage, startServer, type E2eServer } from './harness.js';

/**
 * The caseworker's journey of issue 3 in the browser: register a household, take an application,
 * see the eligibility evaluation, send an approval (in nynorsk) and a refusal, get the PDF letter,
 * register an appeal against the refusal and send it to the appeal body. Axe on every page.
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

/** A valid fødselsnummer for the date (DDMMYY) with both mod-11 check digits. */
function fodselsnummer(ddmmyy: string, startIndividual = 123): string {
  for (let individual = startIndividual; individual < 500; individual++) {
    const valid = withControlDigits(`${ddmmyy}${String(individual).padStart(3, '0')}`);
    if (valid !== undefined) return valid;
  }
  throw new Error('no valid number');
}




const summary = (page: Page) => page.locator('.ds-error-summary').first();

describe('a caseworker in the browser', () => {
  it('registers a household, takes an application, sends an approval in nynorsk and a refusal, and forwards an appeal', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await checkPage(page, 'start page with work-list counts');
    await page.getByRole('heading', { name: 'Arbeidslisten din' }).waitFor();

    // ——— Register a household, first with an invalid fødselsnummer ———
    await page.getByRole('navigation').getByRole('link', { name: 'Personer' }).click();
    await checkPage(page, 'person search', 'Personer og husstander');
    await page.getByRole('link', { name: 'Registrer ny person og husstand' }).click();
    await checkPage(page, 'registration form', 'Registrer person og husstand');

    const fnr = fodselsnummer('170379');
    const invalid = fnr.slice(0, 10) + String((Number(fnr[10]) + 1) % 10);
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(invalid);
    await page.getByLabel('Fornavn').fill('Kari');
    await page.getByLabel('Etternavn').fill('Testesen');
    await page.getByLabel('Nynorsk', { exact: true }).check();
    await page.getByRole('button', { name: 'Registrer person og husstand' }).click();
    await summary(page).waitFor();
    const fnrError = summary(page).getByRole('link', { name: /Fødselsnummeret er ikke gyldig/ });
    await fnrError.waitFor();
    await expectNoAxeViolations(page, 'registration form with the server’s field error');
    await fnrError.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-person-nationalId');

    await page.getByLabel('Fødselsnummer eller D-nummer').fill(fnr);
    await page.getByLabel('Bosatt i kommunen siden').fill('2015-05-01');
    await page.getByLabel('Oppholdsgrunnlag').selectOption('citizen');
    await page.getByLabel('Brutto årsinntekt for hovedsøker (kr)').fill('310 000');
    await page.getByRole('button', { name: 'Registrer person og husstand' }).click();
    await checkPage(page, 'person page', 'Kari Testesen');
    const personUrl = page.url();

    // ——— Take an application: a municipal rental dwelling (new) and § 6/7 help ———
    await page.getByRole('link', { name: 'Ta imot søknad' }).click();
    await checkPage(page, 'application form', 'Søknad for Kari Testesen');
    await page.getByLabel('Papirsøknad').check();
    await page.getByLabel('Hva gjelder henvendelsen?').fill('Bor på sofaen hos en venninne og trenger egen bolig.');
    await page.getByLabel('Kommunal utleiebolig').check();
    await page.getByLabel('Hjelp til å skaffe eller beholde bolig (boligsosial lov §§ 6–7)').check();
    await page.getByLabel('Ny søknad', { exact: true }).check();
    await page.getByLabel('Bor midlertidig hos venner, kjente eller slektninger').check();
    await page.getByLabel('Hovedårsak til behovet').selectOption('other');
    await page.getByLabel('Søkerens brutto årsinntekt (kr)').fill('310000');
    await page.getByText('2,').first().waitFor(); // the amount in G
    await page.locator('#app-fact-documentedOwnAttempts').check();
    await page.locator('#app-fact-canMeetLeaseTerms').check();
    await expectNoAxeViolations(page, 'application form filled in');
    await page.getByRole('button', { name: 'Registrer søknaden' }).click();
    await page.getByRole('heading', { name: 'Søknaden er registrert' }).waitFor();
    await expectNoAxeViolations(page, 'application registered');
    const rentalHref = await page.getByRole('link', { name: /Kommunal bolig/ }).getAttribute('href');
    const helpHref = await page.getByRole('link', { name: /Boligsosial hjelp/ }).getAttribute('href');
    expect(rentalHref).toMatch(/^\/saker\//);
    expect(helpHref).toMatch(/^\/saker\//);

    // ——— The rental case: evaluate eligibility ———
    await page.getByRole('link', { name: /Kommunal bolig/ }).click();
    await checkPage(page, 'case page', /^Sak \d{4}-\d{6}$/);
    await page.getByRole('button', { name: 'Vurder vilkårene' }).click();
    await page.getByRole('button', { name: 'Vurder på nytt' }).waitFor();
    expect(await page.locator('section[aria-labelledby="case-eligibility"] .list-card').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'case page with the eligibility evaluation');

    // ——— Write an approval in nynorsk ———
    await openDetails(page, 'Skriv vedtak');
    await page.getByLabel('Innvilget', { exact: true }).check();
    await page.getByLabel('Nynorsk', { exact: true }).check();
    await page.getByRole('button', { name: 'Start vedtaksutkast' }).click();
    await checkPage(page, 'decision editor', /^Vedtak \(innvilget\)/);

    // Sending an empty draft: the server refuses and names every missing block.
    await page.getByRole('button', { name: 'Send vedtaket' }).click();
    await summary(page).waitFor();
    await summary(page).getByRole('link', { name: /^Konklusjon:/ }).waitFor();
    await expectNoAxeViolations(page, 'decision editor with missing blocks');

    await page.getByLabel('Konklusjon').fill('Du får tildelt kommunal utleigebustad.');
    await page.getByLabel('Faktum').fill('Du bur mellombels hos ei venninne og har ikkje eigen bustad.');
    await page.getByLabel('Hovedhensyn').fill('Du fyller vilkåra for tildeling.');
    await page.getByLabel('Antall soverom').fill('1');
    await page.getByLabel('Leietid (år)').fill('3');
    await page.getByLabel('Forutsetninger for vedtaket').fill('Du bur åleine.\nInntekta di er om lag som no.');
    // The draft saves itself after a pause in typing, and the preview shows the saved letter.
    const preview = page.locator('.letter-preview');
    await preview.waitFor();
    await expect(preview.innerText()).resolves.toMatch(/venleg helsing/i);
    await expectNoAxeViolations(page, 'decision editor with the letter preview');
    await page.getByRole('button', { name: 'Send vedtaket' }).click();
    await page.getByText('Vedtaket er sendt. Brevet ligger i saken.').waitFor();
    await checkPage(page, 'sent decision');
    const approvalUrl = page.url();

    // The PDF letter, fetched with the page's own session.
    const pdfHref = await page.getByRole('link', { name: /Vedtaksbrev \(PDF, nynorsk\)/ }).getAttribute('href');
    expect(pdfHref).toBeTruthy();
    const pdf = await page.evaluate(async (href) => {
      const response = await fetch(href, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)) };
    }, pdfHref!);
    expect(pdf).toEqual({ status: 200, type: expect.stringContaining('application/pdf'), head: '%PDF-' });

    // ——— The § 6/7 case: a refusal ———
    await page.goto(`${server.url}${helpHref}`);
    await checkPage(page, 'second case');
    await openDetails(page, 'Skriv vedtak');
    await page.getByLabel('Avslag', { exact: true }).check();
    await page.getByRole('button', { name: 'Start vedtaksutkast' }).click();
    await checkPage(page, 'refusal editor', /^Vedtak \(avslag\)/);
    await page.getByLabel('Konklusjon').fill('Du får ikke hjelp etter boligsosial lov § 7 nå.');
    await page.getByLabel('Faktum').fill('Du har fått tildelt kommunal utleiebolig.');
    await page.getByLabel('Hovedhensyn').fill('Behovet ditt er dekket gjennom tildelingen.');
    await page.getByLabel('Bostøtte (Husbanken)').check();
    await page.getByRole('button', { name: 'Send vedtaket' }).click();
    await page.getByText('Vedtaket er sendt. Brevet ligger i saken.').waitFor();
    await expectNoAxeViolations(page, 'refusal sent');

    // ——— Register an appeal against the refusal, uphold it and forward it ———
    await page.getByRole('link', { name: 'Tilbake til saken' }).click();
    await checkPage(page, 'case with a sent refusal');
    await openDetails(page, 'Registrer klage');
    await page.getByLabel('Klagegrunner').fill('Jeg trenger fortsatt hjelp til å finne bolig.');
    await page.getByRole('button', { name: 'Registrer klagen' }).click();
    await page.getByText('Klagen er registrert.').waitFor();
    await expectNoAxeViolations(page, 'case with a registered appeal');
    await openDetails(page, 'Behandle klagen');
    await page.getByLabel('Opprettholder vedtaket og sender klagen til klageinstansen').check();
    await page.getByLabel('Vår vurdering').fill('Vi kan ikke se at klagen gir grunn til å endre vedtaket.');
    await page.getByRole('button', { name: 'Lagre behandlingen' }).click();
    await page.getByText('Sendt klageinstansen', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: /Oversendelse av klage/ }).waitFor();
    await expectNoAxeViolations(page, 'case with the appeal forwarded');

    // ——— The work list and the person page show it all ———
    await page.getByRole('navigation').getByRole('link', { name: 'Arbeidsliste' }).click();
    await checkPage(page, 'work list', 'Arbeidsliste');
    await page.goto(personUrl);
    await checkPage(page, 'person page after the cases');
    await page.getByRole('navigation').getByRole('link', { name: 'Tildelingsvilkår' }).click();
    await checkPage(page, 'rules', 'Tildelingsvilkår');

    // ——— The same pages in nynorsk and English, and on a 360 px wide phone ———
    const pages = {
      person: personUrl,
      application: `${personUrl}/soknad`,
      'rental case': `${server.url}${rentalHref}`,
      'appealed case': `${server.url}${helpHref}`,
      'sent decision': approvalUrl,
      registration: `${server.url}/personer/ny`,
      search: `${server.url}/personer?q=Testesen`,
    };
    for (const language of ['Nynorsk', 'English', 'Bokmål']) {
      await page.getByRole('button', { name: language, exact: true }).click();
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(url);
        await checkPage(page, `${name} (${language})`);
      }
    }
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(url);
      await checkPage(page, `${name} on a phone`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${name}`).toBeLessThanOrEqual(0);
    }

    expect(errors.filter((e) => !/status of 422|status of 400/.test(e))).toEqual([]);
    await context.close();
  });

  it('keeps a household, consents, representative and documents on the person and case pages, and merges a duplicate', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');

    // Two registrations of the same person (no number, same name and birth date): the second shows the first as a duplicate.
    const register = async () => {
      await page.goto(`${server.url}/personer/ny`);
      await page.getByLabel('Fornavn').fill('Ola');
      await page.getByLabel('Etternavn').fill('Duplikatsen');
      await page.getByLabel('Fødselsdato').fill('1990-02-14');
      await page.getByRole('button', { name: 'Registrer person og husstand' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ola Duplikatsen' }).waitFor();
      return page.url();
    };
    const first = await register();
    const second = await register();
    expect(second).not.toBe(first);
    await page.getByRole('heading', { name: 'Mulig dobbeltregistrering' }).waitFor();
    await checkPage(page, 'person page with a duplicate warning');

    // A strictly confidential address is kept, but never shown: the page says it is protected.
    await page.goto(`${server.url}/personer/ny`);
    await page.getByLabel('Fornavn').fill('Skjult');
    await page.getByLabel('Etternavn').fill('Adressesen');
    await page.getByLabel('Gateadresse').fill('Hemmeligveien 7');
    await page.getByLabel('Postnummer').fill('4306');
    await page.getByLabel('Poststed').fill('Sandnes');
    await page.getByLabel('Adressesperre').selectOption('strengt_fortrolig');
    await page.getByRole('button', { name: 'Registrer person og husstand' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skjult Adressesen' }).waitFor();
    await page.getByText('Adressen er sperret (strengt fortrolig)').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Hemmeligveien');
    await checkPage(page, 'person with a protected address');
    await page.goto(second);
    await page.getByRole('heading', { level: 1, name: 'Ola Duplikatsen' }).waitFor();

    // A household member, a consent (then withdrawn after confirming) and a verge.
    await openDetails(page, 'Legg til medlem i husstanden');
    const member = page.locator('form').filter({ has: page.getByRole('button', { name: 'Legg til medlem' }) });
    await member.getByLabel('Fornavn').fill('Lille');
    await member.getByLabel('Etternavn').fill('Duplikatsen');
    await member.getByLabel('Fødselsdato').fill('2019-06-01');
    await member.getByLabel('Rolle i husstanden').selectOption('child');
    await member.getByRole('button', { name: 'Legg til medlem' }).click();
    await page.getByRole('rowheader', { name: /Lille Duplikatsen/ }).waitFor();

    await openDetails(page, 'Registrer samtykke');
    const consent = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrer samtykke' }) });
    await consent.getByLabel('Mottaker').selectOption('nav');
    await consent.getByLabel('Formål').fill('Hjelp til å finne bolig');
    await consent.getByLabel('Omfang').fill('Opplysninger om bosituasjon og økonomi');
    await consent.getByLabel('Gjelder fra').fill('2026-01-01');
    await consent.getByRole('button', { name: 'Registrer samtykke' }).click();
    await page.getByText('Samtykket er registrert.').waitFor();
    await page.getByRole('button', { name: 'Trekk tilbake' }).click();
    await page.getByText(/Vil du trekke tilbake samtykket til NAV\?/).waitFor();
    await expectNoAxeViolations(page, 'withdrawal asks for confirmation');
    await page.getByRole('button', { name: 'Ja, trekk tilbake' }).click();
    await page.getByRole('button', { name: 'Ja, trekk tilbake' }).waitFor({ state: 'detached' });
    await page.locator('.list-card').filter({ hasText: 'NAV' }).getByText('Trukket tilbake').first().waitFor();

    await openDetails(page, 'Registrer fullmektig eller verge');
    await page.getByLabel('Verge', { exact: true }).check();
    await page.getByLabel('Navn', { exact: true }).fill('Vera Verge');
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    await page.getByText('Vera Verge').first().waitFor();
    await checkPage(page, 'person page with member, consent and verge');

    // Merge: keep the first registration; this one is merged into it.
    await openDetails(page, 'Slå sammen registreringene');
    await page.getByLabel('Den andre', { exact: true }).check();
    await page.getByLabel('Begrunnelse').fill('Samme navn og fødselsdato, bekreftet på telefon.');
    await page.getByLabel('Jeg har kontrollert at dette er samme person').check();
    await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await page.waitForURL(first);
    await checkPage(page, 'the kept registration after the merge', 'Ola Duplikatsen');

    // A case for the documents: a file whose content is not what its type says is refused, a real PNG is kept.
    await page.getByRole('link', { name: 'Ta imot søknad' }).click();
    await page.getByRole('heading', { level: 1, name: /Søknad for/ }).waitFor();
    await page.getByLabel('Telefon').check();
    await page.getByLabel('Hva gjelder henvendelsen?').fill('Ringte om startlån.');
    await page.getByLabel('Startlån eller tilskudd').check();
    await page.getByLabel('Har egnet bolig').check();
    await page.getByLabel('Hovedårsak til behovet').selectOption('no_needs_test');
    await page.getByRole('button', { name: 'Registrer søknaden' }).click();
    await page.getByRole('link', { name: /Startlån\/tilskudd/ }).click();
    await checkPage(page, 'startlån case');
    await openDetails(page, 'Last opp dokument');
    await page.getByLabel('Gjelder').selectOption('income_statement');
    await page.getByLabel('Fil').setInputFiles({ name: 'lonn.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4 not really a png') });
    await page.getByRole('button', { name: 'Last opp', exact: true }).click();
    await summary(page).getByRole('link', { name: /Filtypen stemmer ikke med innholdet/ }).waitFor();
    await expectNoAxeViolations(page, 'upload refused');
    await page.getByLabel('Fil').setInputFiles({ name: 'lonn.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await page.getByRole('button', { name: 'Last opp', exact: true }).click();
    await page.getByRole('link', { name: 'lonn.png' }).waitFor();
    await openDetails(page, 'Skriv notat');
    await page.getByLabel('Notat', { exact: true }).fill('Har vært innlagt, trenger oppfølging.');
    await page.getByLabel('Helseopplysninger (skjermet)').check();
    await page.getByRole('button', { name: 'Lagre notatet' }).click();
    await page.getByText('Har vært innlagt, trenger oppfølging.').waitFor();
    await checkPage(page, 'case with a document and a shielded note');

    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();
  });
});

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
