import { describe, expect, it } from 'vitest';
import { buildOfferLetter, type OfferLetterInput } from './offer-letter.js';
import { renderLetterHtml } from './render-html.js';

const input: OfferLetterInput = {
  language: 'nb',
  municipality: { name: 'Demo kommune', unit: 'Boligkontoret' },
  caseNumber: '2026/00042',
  recipient: { name: 'Kari Nordmann', addressLines: ['Storgata 1', '9999 Demo'], isRepresentative: false },
  person: { name: 'Kari Nordmann' },
  caseworker: { name: 'Sara Saksbehandler' },
  offeredOn: '2026-11-21',
  answerDeadline: '2026-11-28',
  moveInDate: '2026-12-05',
  dwelling: { address: 'Parkveien 3 H0201', bedrooms: 2, usableAreaM2: 58, floor: 2, hasLift: true, wheelchairAccessible: false, sharedHousing: false },
  monthlyRent: 9800,
  deposit: 29400,
  leaseYears: 3,
  unreasonableRefusal: { kind: 'pause_and_review', days: 90 },
};

describe('offer letter', () => {
  it('names the dwelling, rent, deadline, the consequence of a refusal and the limited appeal right', () => {
    const result = buildOfferLetter(input);
    if (!result.ok) throw new Error(result.missing.join());
    const text = result.letter.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(result.letter.kind).toBe('offer');
    expect(text).toContain('Parkveien 3 H0201: 2 soverom, 58 m², i 2. etasje, med heis.');
    expect(text).toContain('9\u00a0800 kroner');
    expect(text).toContain('senest 28. november 2026');
    expect(text).toContain('de neste 90 dagene');
    expect(text).toContain('åpenbart uegnet');
    expect(text).toContain('forvaltningsloven § 29');
    expect(text).toContain('kommunens klagenemnd');
    expect(renderLetterHtml(result.letter)).toContain('Tilbud om kommunal utleiebolig');
  });

  it('writes nynorsk', () => {
    const result = buildOfferLetter({ ...input, language: 'nn', unreasonableRefusal: { kind: 'none' } });
    if (!result.ok) throw new Error(result.missing.join());
    const text = result.letter.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('seinast 28. november 2026');
    expect(text).toContain('forvaltningslova § 29');
  });

  it('refuses a letter with no address or a deadline before the letter', () => {
    const result = buildOfferLetter({ ...input, dwelling: { ...input.dwelling, address: ' ' }, answerDeadline: '2026-11-20' });
    expect(result).toEqual({ ok: false, missing: ['offer_dwelling', 'offer_answer'] });
  });
});
