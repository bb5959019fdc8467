import { describe, expect, it } from 'vitest';
import { PERSON, appealCoverInput, forwardingInput, personRecipient, preliminaryInput } from './fixtures.js';
import { buildAppealCoverLetter, buildForwardingLetter, buildPreliminaryReply } from './other-letters.js';
import { renderLetterHtml } from './render-html.js';
import type { BlockId, Letter, LetterResult } from './types.js';

function letterOf(result: LetterResult): Letter {
  if (!result.ok) throw new Error(`expected a letter, missing: ${result.missing.join(', ')}`);
  return result.letter;
}

const sectionText = (letter: Letter, id: BlockId): string => {
  const s = letter.sections.find((x) => x.id === id);
  return s ? [...s.paragraphs, ...(s.list ?? [])].join('\n') : '';
};

describe('buildPreliminaryReply (fvl. § 11 a)', () => {
  it('says why the case takes time and when an answer can be expected', () => {
    const letter = letterOf(buildPreliminaryReply(preliminaryInput()));
    expect(letter.kind).toBe('preliminary_reply');
    expect(letter.title).toBe('Foreløpig svar på søknaden din');
    expect(letter.sections.map((s) => s.id)).toEqual(['received', 'delay_reason', 'expected_answer']);
    expect(sectionText(letter, 'received')).toContain(
      'Vi fikk søknaden din om hjelp til å skaffe eller beholde bolig 3. mars 2025.',
    );
    expect(sectionText(letter, 'received')).toContain('(forvaltningsloven § 11 a)');
    expect(sectionText(letter, 'delay_reason')).toContain('Vi venter på opplysninger fra Nav');
    expect(sectionText(letter, 'expected_answer')).toContain('Vi regner med å kunne gi deg svar innen 15. mai 2025.');
    expect(letter.meta.date).toBe('2025-03-28');
  });

  it('writes nynorsk', () => {
    const letter = letterOf(
      buildPreliminaryReply(preliminaryInput({ language: 'nn', caseType: 'rental_dwelling', reason: 'Vi ventar på opplysningar frå Nav.' })),
    );
    expect(letter.title).toBe('Førebels svar på søknaden din');
    expect(sectionText(letter, 'received')).toContain('Vi fekk søknaden din om kommunal utleigebustad 3. mars 2025.');
    expect(sectionText(letter, 'expected_answer')).toContain('Vi reknar med å kunne gi deg svar innan 15. mai 2025.');
  });

  it('lists what the person can send', () => {
    const letter = letterOf(buildPreliminaryReply(preliminaryInput({ neededFromPerson: ['lønnsslipp for mars', 'husleiekontrakt'] })));
    expect(letter.sections[1]?.list).toEqual(['lønnsslipp for mars', 'husleiekontrakt']);
  });

  it.each([
    ['no reason', { reason: '' }, ['delay_reason']],
    ['no expected date', { expectedBy: undefined }, ['expected_answer']],
    ['an expected date on the letter date', { expectedBy: '2025-03-28' }, ['expected_answer']],
    ['no case number and no caseworker', { caseNumber: '', caseworker: { name: ' ' } }, ['case_number', 'signature']],
  ] as const)('refuses a reply with %s', (_, overrides, missing) => {
    expect(buildPreliminaryReply(preliminaryInput(overrides))).toEqual({ ok: false, missing });
  });

  it('throws on a reply dated before the application arrived', () => {
    expect(() => buildPreliminaryReply(preliminaryInput({ sentOn: '2025-03-01' }))).toThrow(RangeError);
  });
});

describe('buildForwardingLetter (fvl. § 11)', () => {
  it('tells the person which unit now has the case and why, and sends the unit a copy', () => {
    const letter = letterOf(buildForwardingLetter(forwardingInput({ retainedPart: 'Søknaden om økonomisk stønad behandler vi selv.' })));
    expect(letter.title).toBe('Søknaden din er sendt videre');
    expect(sectionText(letter, 'forwarded')).toContain('Vi sendte søknaden videre til Tildelingsenheten 14. januar 2025.');
    expect(sectionText(letter, 'forward_reason')).toContain('Det er Tildelingsenheten som behandler slike søknader');
    expect(sectionText(letter, 'forward_reason')).toContain('kan behandle denne delen av saken og gjøre vedtak');
    expect(sectionText(letter, 'forward_reason')).toContain('(forvaltningsloven § 11)');
    expect(sectionText(letter, 'next_steps')).toContain('Du trenger ikke å søke på nytt.');
    expect(sectionText(letter, 'next_steps')).toContain('Slik kontakter du Tildelingsenheten: telefon 12 34 56 78');
    expect(sectionText(letter, 'next_steps')).toContain('Søknaden om økonomisk stønad behandler vi selv.');
    expect(letter.meta.copyTo).toEqual(['Tildelingsenheten']);
  });

  it('writes nynorsk and starts a sentence with the unit’s name in capitals', () => {
    const letter = letterOf(
      buildForwardingLetter(forwardingInput({ language: 'nn', forwardedTo: { name: 'tildelingseininga' }, reason: 'Det er tildelingseininga som handsamar slike søknader.' })),
    );
    expect(letter.title).toBe('Søknaden din er sendt vidare');
    expect(sectionText(letter, 'forward_reason')).toContain('Det er tildelingseininga som kan handsame saka og gjere vedtak.');
    expect(sectionText(letter, 'next_steps')).toContain('Du treng ikkje å søkje på nytt. Tildelingseininga tek kontakt med deg');
  });

  it.each([
    ['no unit', { forwardedTo: { name: '' } }, ['forwarded']],
    ['no reason', { reason: [] }, ['forward_reason']],
  ] as const)('refuses a forwarding letter with %s', (_, overrides, missing) => {
    expect(buildForwardingLetter(forwardingInput(overrides))).toEqual({ ok: false, missing });
  });

  it('goes to the representative when there is one (the Lillehammer case)', () => {
    const letter = letterOf(buildForwardingLetter(forwardingInput({ recipient: personRecipient({ name: 'Gatejuristen', isRepresentative: true }) })));
    expect(letter.meta.recipient).toMatchObject({ name: 'Gatejuristen', onBehalfOf: PERSON });
    expect(letter.lead).toHaveLength(1);
  });
});

describe('buildAppealCoverLetter (fvl. §§ 29–33)', () => {
  it('sends an appeal in time to the appeal body with dates, assessment and documents', () => {
    const letter = letterOf(buildAppealCoverLetter(appealCoverInput()));
    expect(letter.meta.recipient).toEqual({ name: 'Statsforvalteren', addressLines: ['Postboks 1', '0001 Statsby'] });
    expect(letter.sections.map((s) => s.id)).toEqual(['case_details', 'appealed_decision', 'dates', 'first_instance_assessment', 'documents']);
    expect(sectionText(letter, 'case_details')).toContain('Saksnummer: 2025/123');
    expect(sectionText(letter, 'case_details')).toContain('og ber om at Statsforvalteren avgjør klagen');
    expect(sectionText(letter, 'dates')).toContain('Klagen er kommet i tide (forvaltningsloven § 29 og § 30).');
    expect(sectionText(letter, 'dates')).toContain('Vedtaket antas å ha kommet fram: 16. april 2025');
    expect(sectionText(letter, 'dates')).toContain('Klagefristen gikk ut: 7. mai 2025');
    expect(sectionText(letter, 'dates')).toContain('Klagen kom inn til oss: 5. mai 2025');
    expect(sectionText(letter, 'first_instance_assessment')).toContain('finner ikke grunn til å endre vedtaket (forvaltningsloven § 33)');
    expect(letter.sections.at(-1)?.list).toEqual(['Søknad (1. februar 2025)', 'Vedtak (9. april 2025)', 'Klage (2. mai 2025)']);
    expect(letter.derived).toMatchObject({ appealDeadline: '2025-05-07', appealInTime: true });
    expect(letter.meta.copyTo).toEqual([PERSON]);
  });

  it('names the municipal appeal board for a rental dwelling, in nynorsk', () => {
    const letter = letterOf(buildAppealCoverLetter(appealCoverInput({ language: 'nn', caseType: 'rental_dwelling' })));
    expect(letter.meta.recipient.name).toBe('Klagenemnda i kommunen');
    expect(letter.title).toBe('Oversending av klagesak');
    expect(sectionText(letter, 'dates')).toContain('Klagen har kome i tide (forvaltningslova § 29 og § 30).');
  });

  it('requires an assessment under § 31 when the appeal is late', () => {
    const late = appealCoverInput({ appeal: { submittedOn: '2025-05-12', receivedOn: '2025-05-13' } });
    expect(buildAppealCoverLetter(late)).toEqual({ ok: false, missing: ['late_appeal'] });
    const letter = letterOf(buildAppealCoverLetter({ ...late, lateAppealAssessment: 'Klageren var innlagt på sykehus da fristen gikk ut.' }));
    expect(sectionText(letter, 'dates')).toContain('Klagen er kommet for sent, 5 dager etter at fristen gikk ut (forvaltningsloven § 29).');
    expect(sectionText(letter, 'late_appeal')).toContain('Vi har vurdert om klagen likevel bør behandles (forvaltningsloven § 31):');
    expect(sectionText(letter, 'late_appeal')).toContain('innlagt på sykehus');
    expect(letter.derived.appealInTime).toBe(false);
  });

  it('says an appeal more than a year after the decision cannot be considered', () => {
    const input = appealCoverInput({ appeal: { submittedOn: '2026-05-01', receivedOn: '2026-05-04' }, lateAppealAssessment: 'Se over.' });
    expect(sectionText(letterOf(buildAppealCoverLetter(input)), 'dates')).toContain('(forvaltningsloven § 31 tredje ledd)');
  });

  it('uses the known arrival date of the notice when there is one', () => {
    const input = appealCoverInput({ decision: { decidedOn: '2025-04-09', summary: 'Avslag.', noticeReachedOn: '2025-04-10' } });
    const letter = letterOf(buildAppealCoverLetter(input));
    expect(sectionText(letter, 'dates')).toContain('Vedtaket kom fram til klageren: 10. april 2025');
    expect(letter.derived.appealDeadline).toBe('2025-05-02');
  });

  it('sends the copy to the representative', () => {
    const letter = letterOf(buildAppealCoverLetter(appealCoverInput({ appellant: { name: PERSON, representativeName: 'Advokat Berg' } })));
    expect(sectionText(letter, 'case_details')).toContain('Fullmektig: Advokat Berg');
    expect(letter.meta.copyTo).toEqual(['Advokat Berg']);
  });

  it.each([
    ['no summary of the decision', { decision: { decidedOn: '2025-04-09', noticeSentOn: '2025-04-11' } }, ['appealed_decision']],
    ['no notice date', { decision: { decidedOn: '2025-04-09', summary: 'Avslag.' } }, ['dates']],
    ['no assessment', { assessment: '' }, ['first_instance_assessment']],
    ['no documents', { documents: [{ title: ' ' }] }, ['documents']],
    ['no appellant', { appellant: { name: '' } }, ['case_details']],
    ['a decision from before any legal basis', { decision: { decidedOn: '2023-01-10', summary: 'Avslag.', noticeSentOn: '2023-01-10' }, appeal: { submittedOn: '2023-01-20', receivedOn: '2023-01-20' } }, ['legal_basis']],
  ] as const)('refuses a cover sheet with %s', (_, overrides, missing) => {
    expect(buildAppealCoverLetter(appealCoverInput(overrides))).toEqual({ ok: false, missing });
  });

  it('renders as HTML addressed to the appeal body', () => {
    const html = renderLetterHtml(letterOf(buildAppealCoverLetter(appealCoverInput())));
    expect(html).toContain('<h1 id="letter-title">Oversendelse av klagesak</h1>');
    expect(html).toContain('Statsforvalteren<br>Postboks 1<br>0001 Statsby');
  });
});
