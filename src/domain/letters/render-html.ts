import { keepTogether, letterDate, letterLabels } from './text.js';
import type { Letter } from './types.js';

/**
 * A letter as HTML: a complete document for archiving and printing, or the <article> alone for
 * a live preview. Served under a strict CSP, so there is no inline style or script; the look
 * comes from LETTER_CSS behind a stylesheet link. Every interpolated text is escaped.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const lines = (items: readonly string[]): string => items.map(escapeHtml).join('<br>');

function renderHeader(letter: Letter): string {
  const { meta, language } = letter;
  const labels = letterLabels(language);
  const sender = [meta.municipality.name, ...(meta.municipality.unit ? [meta.municipality.unit] : [])];
  const recipient = [
    meta.recipient.name,
    ...(meta.recipient.onBehalfOf ? [`${labels.onBehalfOf} ${meta.recipient.onBehalfOf}`] : []),
    ...meta.recipient.addressLines,
  ];
  return [
    '<header class="letter-header">',
    `<dl class="letter-parties">`,
    `<dt class="letter-label">${escapeHtml(labels.sender)}</dt><dd class="letter-sender">${lines(sender)}</dd>`,
    `<dt class="letter-label">${escapeHtml(labels.recipient)}</dt><dd class="letter-recipient">${lines(recipient)}</dd>`,
    '</dl>',
    '<dl class="letter-meta">',
    `<dt>${escapeHtml(labels.ourRef)}</dt><dd>${escapeHtml(meta.caseNumber)}</dd>`,
    `<dt>${escapeHtml(labels.date)}</dt><dd><time datetime="${escapeHtml(meta.date)}">${escapeHtml(letterDate(meta.date, language))}</time></dd>`,
    '</dl>',
    '</header>',
  ].join('\n');
}

function renderSections(letter: Letter): string {
  return letter.sections
    .map((s) => {
      const id = `letter-${escapeHtml(s.id)}`;
      const list = s.list && s.list.length > 0 ? `\n<ul>\n${s.list.map((i) => `<li>${escapeHtml(keepTogether(i))}</li>`).join('\n')}\n</ul>` : '';
      const paragraphs = s.paragraphs.map((p) => `\n<p>${escapeHtml(keepTogether(p))}</p>`).join('');
      return `<section class="letter-section" aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(s.heading)}</h2>${paragraphs}${list}\n</section>`;
    })
    .join('\n');
}

function renderFooter(letter: Letter): string {
  const { signature, meta } = letter;
  const labels = letterLabels(letter.language);
  const signers = signature.signers
    .map((s) => `<p class="letter-signer">${escapeHtml(s.name)}<br><span class="letter-role">${escapeHtml(s.role)}</span></p>`)
    .join('\n');
  const note = signature.note ? `\n<p class="letter-note">${escapeHtml(signature.note)}</p>` : '';
  const copy = meta.copyTo.length > 0 ? `\n<p class="letter-copy">${escapeHtml(labels.copyTo)}: ${escapeHtml(meta.copyTo.join(', '))}</p>` : '';
  return `<footer class="letter-footer">\n<p>${escapeHtml(signature.greeting)}</p>\n${signers}${note}${copy}\n</footer>`;
}

/** The letter as an <article> for embedding (e.g. a live preview); it carries its own lang. */
export function renderLetterBody(letter: Letter): string {
  const lead = letter.lead.map((p) => `\n<p class="letter-lead">${escapeHtml(keepTogether(p))}</p>`).join('');
  return [
    `<article class="letter" lang="${letter.language}" aria-labelledby="letter-title">`,
    renderHeader(letter),
    `<h1 id="letter-title">${escapeHtml(letter.title)}</h1>${lead}`,
    renderSections(letter),
    renderFooter(letter),
    '</article>',
  ].join('\n');
}

export interface RenderHtmlOptions {
  /** Where LETTER_CSS is served; default '/letter.css'. */
  readonly stylesheetHref?: string;
}

/** The letter as a complete, accessible HTML document (no inline style or script). */
export function renderLetterHtml(letter: Letter, options: RenderHtmlOptions = {}): string {
  const href = options.stylesheetHref ?? '/letter.css';
  return [
    '<!doctype html>',
    `<html lang="${letter.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${letter.title} – ${letter.meta.municipality.name}`)}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(href)}">`,
    '</head>',
    '<body>',
    '<main>',
    renderLetterBody(letter),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The letters' stylesheet, to be served at the `stylesheetHref` of renderLetterHtml. */
export const LETTER_CSS = `:root { color-scheme: light; }
body { margin: 0; background: #f3f3f3; color: #1a1a1a; font: 1rem/1.5 Inter, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { padding: 2rem 1rem; }
.letter { box-sizing: border-box; max-width: 42rem; margin: 0 auto; padding: 3rem 3.5rem; background: #fff; }
.letter-header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1.5rem; margin-bottom: 2.5rem; }
.letter-header dl { margin: 0; }
.letter-header dd { margin: 0 0 1rem; }
.letter-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.letter-sender { font-weight: 600; }
.letter-meta { display: grid; grid-template-columns: auto auto; column-gap: 0.75rem; align-content: start; }
.letter-meta dt { font-weight: 600; }
.letter-meta dd { margin: 0; }
.letter h1 { font-size: 1.5rem; line-height: 1.25; font-weight: 600; margin: 0 0 1rem; }
.letter h2 { font-size: 1.125rem; line-height: 1.3; font-weight: 600; margin: 2rem 0 0.5rem; }
.letter p { margin: 0 0 0.75rem; max-width: 65ch; }
.letter ul { margin: 0 0 0.75rem; padding-left: 1.5rem; }
.letter li { margin-bottom: 0.25rem; }
.letter-footer { margin-top: 2.5rem; }
.letter-role, .letter-note, .letter-copy { color: #4a4a4a; }
.letter-note, .letter-copy { font-size: 0.875rem; }
@media print {
  @page { size: A4; margin: 20mm; }
  body { background: #fff; }
  main { padding: 0; }
  .letter { max-width: none; padding: 0; }
  .letter h2 { break-after: avoid; }
  .letter li, .letter p { break-inside: avoid; }
}
`;
