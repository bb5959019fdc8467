import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate } from '../src/domain/deadlines/calendar.js';
import { checkPage, errorSummaryIn, expectNoAxeViolations, launchBrowser, logInAs, openDetails, openPage, startServer, withoutRefusals, type E2eServer } from './harness.js';

/**
 * Issue 5 in the browser, on the demo data: the caseworker reads the waiting list with each
 * household's reasons and overrides a priority (field errors first), runs an allocation round,
 * reads a proposal's explanation and why a candidate was not proposed, checks the replay, sends
 * the offers the meeting chose (one dwelling left vacant), records one yes (a lease draft opens)
 * and one no (judged by the rule, the dwelling vacant again); the manager reads the fairness
 * monitor. The tests in this file run in order on one server. Axe on every page and form state.
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
/** Expected refusals answer 400/409/422, which the browser logs as failed resources. */
const unexpected = (errors: string[]) => withoutRefusals(errors, [400, 409, 422]);

const today = osloDate(new Date());

describe('the caseworker', () => {
  it('reads the waiting list with a household’s reasons, filters it, and overrides a priority after field errors', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Venteliste og tildeling' }).click();
    await checkPage(page, 'waiting list', 'Venteliste');
    const rows = page.locator('tbody tr.waiting-table__row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(50);
    await expect(rows.first().locator('td').first().innerText()).resolves.toBe('1');

    // The first household's reasons, opened by keyboard.
    const name = await rows.first().getByRole('rowheader').getByRole('link').innerText();
    const reasons = page.locator('summary', { hasText: `Begrunnelse for plassen til ${name}` }).first();
    await reasons.focus();
    await page.keyboard.press('Enter');
    const details = page.locator('details', { has: reasons });
    await details.getByText(/^Grunnpoeng: \d+ poeng\.$/).waitFor();
    await details.getByText(/^Nummer 1 av \d+ på ventelisten\./).waitFor();
    await expectNoAxeViolations(page, 'waiting list with reasons open');

    // The name links to the case.
    await expect(rows.first().getByRole('rowheader').getByRole('link').getAttribute('href')).resolves.toMatch(/^\/saker\/[0-9a-f-]{36}$/);

    // Filter on a need category: the query string keeps it.
    await page.getByLabel('Behov', { exact: true }).selectOption('refugee');
    await page.getByRole('search').getByRole('button', { name: 'Bruk filter' }).click();
    await page.waitForURL(/needCategory=refugee/);
    await checkPage(page, 'waiting list filtered', 'Venteliste');
    await page.getByText(/^Per .*Viser \d+ av \d+ husstander\./).waitFor();
    await page.getByRole('link', { name: 'Fjern filter' }).click();
    await page.waitForURL(`${server.url}/venteliste`);
    await checkPage(page, 'waiting list again', 'Venteliste');

    // Override: nothing filled in, then too many points, then a valid override.
    const first = page.locator('tbody tr.waiting-table__row').first();
    const overrideName = await first.getByRole('rowheader').getByRole('link').innerText();
    await openDetails(page, `Overstyr prioriteten til ${overrideName}`);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Lagre overstyringen' }) }).first();
    await form.getByRole('button', { name: 'Lagre overstyringen' }).click();
    await errorSummaryIn(form).getByText('Poeng må fylles ut').waitFor();
    await errorSummaryIn(form).getByText('Begrunnelse må fylles ut').waitFor();
    await expectNoAxeViolations(page, 'override form with error summary');
    await form.getByLabel('Poeng').fill('500');
    await form.getByLabel('Begrunnelse').fill('Kort');
    await form.getByRole('button', { name: 'Lagre overstyringen' }).click();
    await errorSummaryIn(form).getByText('Poengene kan være høyst 200 etter kommunens regler').waitFor();
    await errorSummaryIn(form).getByText('Begrunnelse må ha minst 10 tegn').waitFor();
    await form.getByLabel('Poeng').fill('150');
    await form.getByLabel('Begrunnelse').fill('Akutt behov etter brann i leiligheten der husstanden bodde.');
    await form.getByRole('button', { name: 'Lagre overstyringen' }).click();
    await page.getByText(`Prioriteten til ${overrideName} er satt til 150 poeng.`).waitFor();
    const row = page.locator('tbody tr.waiting-table__row', { has: page.getByRole('link', { name: overrideName, exact: true }) });
    await row.getByText('Overstyrt').waitFor();
    await expectNoAxeViolations(page, 'waiting list after an override');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('runs a round, reads a proposal and why a candidate was not proposed, checks the replay and sends the chosen offers', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.goto(`${server.url}/tildeling`);
    await checkPage(page, 'allocation rounds', 'Tildelingsrunder');
    await page.getByText('Ingen runder er kjørt ennå.').waitFor();
    await page.getByRole('button', { name: 'Kjør tildelingsrunde' }).click();
    await page.waitForURL(/\/tildeling\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    await checkPage(page, 'allocation round', /^Tildelingsrunde /);

    // The replay gives the same result.
    await page.getByRole('button', { name: 'Kontroller (kjør på nytt)' }).click();
    const replay = page.getByTestId('replay-result');
    await replay.getByText('Runden gir nøyaktig det samme resultatet når den kjøres på nytt.').waitFor({ timeout: 60_000 });
    await expect(replay.locator('dd').allInnerTexts()).resolves.toEqual(['Ja', 'Ja']);
    await expectNoAxeViolations(page, 'round with the replay result');

    // A proposal's explanation, and why a ranked candidate was not proposed.
    const cards = page.locator('section[aria-labelledby="round-vacancies"] li.list-card');
    await cards.first().waitFor();
    const count = await cards.count();
    expect(count).toBeGreaterThan(2);
    const card = cards.first();
    await openDetails(card, /^Hvorfor .+ er foreslått$/);
    await card.getByText('Foreslått for denne boligen.').first().waitFor();
    await card.getByText(/^Nummer 1 av \d+ for denne boligen/).first().waitFor();
    await openDetails(card, /^Rangerte kandidater/);
    await card.locator('.candidate-outcome', { hasText: /Foreslått for en annen bolig|Vekten i denne boligen er|Grensen for å unngå opphopning/ }).first().waitFor();
    await expectNoAxeViolations(page, 'round with a proposal and candidates open');

    // The same household chosen for two dwellings: the error names the second choice.
    const selects = page.locator('section[aria-labelledby="round-vacancies"] select');
    const firstChoice = await selects.first().inputValue();
    const clash = await selects.evaluateAll(
      (elements, value) => elements.findIndex((s, i) => i > 0 && [...(s as HTMLSelectElement).options].some((o) => o.value === value)),
      firstChoice,
    );
    expect(clash).toBeGreaterThan(0);
    const clashSelect = selects.nth(clash);
    const clashBefore = await clashSelect.inputValue();
    await clashSelect.selectOption(firstChoice);
    await page.getByRole('button', { name: 'Send tilbud' }).click();
    await errorSummaryIn(page).getByText(/er allerede valgt for/).waitFor();
    await expectNoAxeViolations(page, 'round with a choice error');
    await clashSelect.selectOption(clashBefore);

    // Leave the last dwelling vacant, confirm and send the rest.
    await selects.last().selectOption('vacant');
    await page.getByRole('button', { name: 'Send tilbud' }).click();
    const confirm = page.locator('.confirm');
    await confirm.getByText(/og la 1 bolig stå ledig\?/).waitFor();
    await expectNoAxeViolations(page, 'send offers confirmation');
    await confirm.getByRole('button', { name: /^Ja, send \d+ tilbud$/ }).click();
    await page.getByText(/^\d+ tilbud er sendt\./).waitFor({ timeout: 90_000 });
    const choices = page.getByTestId('vacancy-choice');
    await expect.poll(() => choices.count()).toBe(count);
    await expect(choices.last().innerText()).resolves.toContain('ingen tilbud, boligen står ledig.');
    await expect(choices.first().innerText()).resolves.toMatch(/tilbud sendt til .+ \(\d{4}-\d{6}\)\./);
    await expectNoAxeViolations(page, 'round after the offers were sent');

    await page.getByRole('link', { name: 'Gå til tilbudene' }).first().click();
    await checkPage(page, 'offers board', 'Tilbud om bolig');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('records a yes (the lease draft opens) and a no (judged by the rule; the dwelling is vacant again)', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'saksbehandler');
    await page.goto(`${server.url}/tilbud`);
    await checkPage(page, 'offers board', 'Tilbud om bolig');
    const pending = page.getByTestId('pending-offer');
    await pending.first().waitFor();
    expect(await pending.count()).toBeGreaterThan(1);
    await pending.first().getByText(/^\d+ dager igjen$/).waitFor();

    // Yes: the answer date is today, the move-in the offer's; a lease draft follows.
    const yes = pending.first();
    const yesName = await yes.locator('dd').first().getByRole('link').innerText();
    await openDetails(yes, `Registrer ja fra ${yesName}`);
    await expect(yes.getByLabel('Dato for svaret').inputValue()).resolves.toBe(today);
    await expectNoAxeViolations(page, 'accept form');
    await yes.getByRole('button', { name: 'Registrer ja og lag utkast til leiekontrakt' }).click();
    const done = page.getByTestId('offer-answered');
    await done.getByText(new RegExp(`^${yesName} har takket ja til .+\\. Et utkast til leiekontrakt er laget\\.$`)).waitFor();
    await expectNoAxeViolations(page, 'offer accepted');
    await done.getByRole('link', { name: 'Åpne leiekontrakten' }).click();
    await page.waitForURL(/\/leieforhold\/[0-9a-f-]{36}$/);
    await checkPage(page, 'the lease draft from the offer');
    await expect(page.getByTestId('lease-status').innerText()).resolves.toBe('Utkast');

    // No: first without a reason, then a preference (not reasonable by the rule; the first such refusal has no consequence).
    await page.goto(`${server.url}/tilbud`);
    await checkPage(page, 'offers board after the yes', 'Tilbud om bolig');
    const no = page.getByTestId('pending-offer').first();
    const noName = await no.locator('dd').first().getByRole('link').innerText();
    const address = await no.getByRole('heading', { level: 3 }).innerText();
    await openDetails(no, `Registrer nei fra ${noName}`);
    await no.getByRole('button', { name: 'Registrer nei' }).click();
    await errorSummaryIn(no).getByText('Velg grunn til nei').waitFor();
    await expectNoAxeViolations(page, 'refuse form with error summary');
    await no.getByLabel('Grunn til nei').selectOption('preference');
    await no.getByText('Etter kommunens regler er dette ikke en saklig grunn.').waitFor();
    await no.getByLabel('Jeg vurderer likevel grunnen som saklig').check();
    await no.getByRole('button', { name: 'Registrer nei' }).click();
    await errorSummaryIn(no).getByText('Begrunnelse for vurderingen må ha minst 10 tegn').waitFor();
    await expectNoAxeViolations(page, 'refuse form judging otherwise, with error summary');
    await no.getByLabel('Jeg vurderer likevel grunnen som saklig').uncheck();
    await no.getByLabel('Notat (valgfritt)').fill('Ønsker bolig nærmere sentrum.');
    await no.getByRole('button', { name: 'Registrer nei' }).click();
    const refused = page.getByTestId('offer-answered');
    await refused.getByText(`${noName} har takket nei til ${address}. Boligen er ledig igjen.`).waitFor();
    await expect(refused.getByTestId('refusal-judgement').innerText()).resolves.toBe(
      'Vurdert som ikke saklig grunn. Det får ingen følger: husstanden beholder plassen på ventelisten.',
    );
    const answered = page.locator('section[aria-labelledby="offers-answered"]');
    await answered.getByRole('row', { name: new RegExp(address) }).getByText('Takket nei').waitFor();
    await answered.getByRole('row').getByText('Takket ja').first().waitFor();
    await expectNoAxeViolations(page, 'offer refused');

    await refused.getByRole('link', { name: `Gå til ${address}` }).click();
    await checkPage(page, 'the refused dwelling');
    await expect(page.getByTestId('current-status').innerText()).resolves.toBe('Ledig');
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});

describe('the manager', () => {
  it('reads the fairness monitor, with flags in words and a checked threshold', async () => {
    const { context, page, errors } = await newPage();
    await logIn(page, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Likebehandling' }).click();
    await checkPage(page, 'fairness monitor', 'Likebehandling på ventelisten');
    await expect(page.getByRole('table').count()).resolves.toBe(5);
    await page.getByRole('heading', { level: 2, name: 'Husstandstype' }).waitFor();
    await page.getByText('Tall under 5 vises som «<5» for å verne personvernet.').waitFor();

    await page.getByLabel('Terskel for merking (prosent)').fill('200');
    await page.getByRole('button', { name: 'Vis' }).click();
    await errorSummaryIn(page).getByText('Terskelen må være et helt tall fra 5 til 95').waitFor();
    await expectNoAxeViolations(page, 'fairness with error summary');
    await page.getByLabel('Terskel for merking (prosent)').fill('10');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/threshold=0\.1/);
    await checkPage(page, 'fairness with a 10 % threshold', 'Likebehandling på ventelisten');
    await page.getByText('Grupper som avviker mer enn 10 %, er merket.').waitFor();
    await page.locator('.ds-tag', { hasText: /^Venter (lenger|kortere)$/ }).first().waitFor();
    // The manager sees no waiting list: the allocation pages are not in the role's area.
    await page.goto(`${server.url}/venteliste`);
    await checkPage(page, 'waiting list forbidden for the manager', 'Du har ikke tilgang til denne siden');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it('fits the waiting list, the rounds, a round, the offers and the fairness monitor on 360 px', async () => {
    const { context, page } = await newPage({ width: 360, height: 740 });
    await logIn(page, 'saksbehandler');
    const fits = async (label: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
    };
    await page.goto(`${server.url}/venteliste`);
    await checkPage(page, 'phone waiting list', 'Venteliste');
    await openDetails(page, /^Begrunnelse for plassen til /);
    await fits('waiting list');

    await page.goto(`${server.url}/tildeling`);
    await checkPage(page, 'phone rounds', 'Tildelingsrunder');
    await fits('rounds');
    await page.getByRole('table').locator('tbody tr').first().getByRole('link').click();
    await checkPage(page, 'phone round', /^Tildelingsrunde /);
    await openDetails(page, /^Hvorfor .+ er foreslått$/);
    await fits('round');

    await page.goto(`${server.url}/tilbud`);
    await checkPage(page, 'phone offers', 'Tilbud om bolig');
    await openDetails(page.getByTestId('pending-offer').first(), /^Registrer nei fra /);
    await fits('offers');

    await page.goto(`${server.url}/likebehandling`);
    await checkPage(page, 'phone fairness', 'Likebehandling på ventelisten');
    await fits('fairness');
    await context.close();
  });
});
