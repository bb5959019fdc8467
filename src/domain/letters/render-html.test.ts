import { describe, expect, it } from 'vitest';
import { buildDecisionLetter } from './decision-letter.js';
import { decisionInput, personRecipient } from './fixtures.js';
import { LETTER_CSS, escapeHtml, renderLetterBody, renderLetterHtml } from './render-html.js';
import type { Letter, LetterResult } from './types.js';

function letterOf(result: LetterResult): Letter {
  if (!result.ok) throw new Error(`expected a letter, missing: ${result.missing.join(', ')}`);
  return result.letter;
}

const headings = (html: string): string[] => [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => `h${m[1]}`);

describe('renderLetterHtml', () => {
  it('renders a complete document in the letter’s language with a title and a stylesheet link', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput({ language: 'nn' })));
    const html = renderLetterHtml(letter);
    expect(html.startsWith('<!doctype html>\n<html lang="nn">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Vedtak om kommunal utleigebustad – Demo kommune</title>');
    expect(html).toContain('<link rel="stylesheet" href="/letter.css">');
    expect(html).toContain('<main>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has one h1 and then an h2 for every section, in order', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput()));
    const html = renderLetterHtml(letter);
    expect(headings(html)).toEqual(['h1', ...letter.sections.map(() => 'h2')]);
    const h2s = [...html.matchAll(/<h2 id="letter-([a-z_]+)">([^<]*)<\/h2>/g)].map((m) => [m[1], m[2]]);
    expect(h2s).toEqual(letter.sections.map((s) => [s.id, escapeHtml(s.heading)]));
  });

  it('prints the sender, the recipient, «Vår ref.» and the date', () => {
    const html = renderLetterHtml(letterOf(buildDecisionLetter(decisionInput({ decidedOn: '2025-04-09' }))));
    expect(html).toContain('<dd class="letter-sender">Demo kommune<br>Boligkontoret</dd>');
    expect(html).toContain('<dd class="letter-recipient">Ola Nordmann<br>Storgata 1<br>5003 Bergen</dd>');
    expect(html).toContain('<dt>Vår ref.</dt><dd>2025/123</dd>');
    expect(html).toContain('<dt>Dato</dt><dd><time datetime="2025-04-09">9. april 2025</time></dd>');
  });

  it('has no inline style, no script and no event handler, so it passes a strict CSP', () => {
    const html = renderLetterHtml(letterOf(buildDecisionLetter(decisionInput())));
    expect(html).not.toMatch(/<style|style=|<script|\son[a-z]+=/i);
  });

  it('escapes every interpolated text', () => {
    const attack = '<script>alert(1)</script>';
    const input = decisionInput(
      {
        municipality: { name: '<img src=x onerror=alert(1)>', unit: '"><svg onload=alert(1)>' },
        caseNumber: '2025/1<b>',
        recipient: personRecipient({ name: `Eve ${attack}`, addressLines: ['" onmouseover="alert(1)'], isRepresentative: true }),
        person: { name: "O'Brien & <Sons>" },
        caseworker: { name: attack },
      },
      { conclusion: attack, facts: ['<iframe src="//evil">'], considerations: '&amp; already' },
    );
    const html = renderLetterHtml(letterOf(buildDecisionLetter(input)), { stylesheetHref: '"><script>x</script>' });
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|<b>|\son[a-z]+="/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('O&#39;Brien &amp; &lt;Sons&gt;');
    expect(html).toContain('&amp;amp; already');
    expect(html).toContain('href="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('keeps «§» together with its number, so a reference never breaks across lines', () => {
    const html = renderLetterHtml(letterOf(buildDecisionLetter(decisionInput())));
    expect(html).toContain('(forvaltningsloven §\u00a029)');
    expect(html).toContain('(forvaltningsloven §§\u00a018 og 19)');
    expect(html).not.toMatch(/§ \d/);
  });

  it('uses a stylesheet href given by the caller', () => {
    const html = renderLetterHtml(letterOf(buildDecisionLetter(decisionInput())), { stylesheetHref: '/api/letters/letter.css' });
    expect(html).toContain('<link rel="stylesheet" href="/api/letters/letter.css">');
  });
});

describe('renderLetterBody', () => {
  it('gives just the article, carrying its own lang for a page in another language', () => {
    const body = renderLetterBody(letterOf(buildDecisionLetter(decisionInput({ language: 'nn' }))));
    expect(body.startsWith('<article class="letter" lang="nn" aria-labelledby="letter-title">')).toBe(true);
    expect(body.endsWith('</article>')).toBe(true);
    expect(body).not.toMatch(/<html|<head>|<body|<main/);
  });
});

describe('LETTER_CSS', () => {
  it('is a self-contained stylesheet with print rules and no remote resources', () => {
    expect(LETTER_CSS).toContain('.letter h1');
    expect(LETTER_CSS).toContain('@media print');
    expect(LETTER_CSS).not.toMatch(/@import|url\(/);
  });
});
