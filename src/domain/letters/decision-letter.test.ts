import { describe, expect, it } from 'vitest';
import type { CaseType } from '../cases/case-types.js';
import { buildDecisionLetter, type DecisionLetterInput } from './decision-letter.js';
import { PERSON, allocationBlocks, decisionInput, eligibilityReason, helpContent, personRecipient } from './fixtures.js';
import { renderLetterHtml } from './render-html.js';
import type { BlockId, Letter, LetterLanguage, LetterResult } from './types.js';

function letterOf(result: LetterResult): Letter {
  if (!result.ok) throw new Error(`expected a letter, missing: ${result.missing.join(', ')}`);
  return result.letter;
}

/** All the letter's text, one string, for phrase checks. */
function textOf(letter: Letter): string {
  return [
    letter.title,
    ...letter.lead,
    ...letter.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.list ?? [])]),
    letter.signature.greeting,
    letter.signature.note ?? '',
  ].join('\n');
}

const sectionOf = (letter: Letter, id: BlockId) => letter.sections.find((s) => s.id === id);

type Scenario = { name: string; input: (language?: LetterLanguage) => DecisionLetterInput };
const SCENARIOS: Scenario[] = [
  { name: 'a refusal of a rental dwelling', input: (language) => decisionInput({ language }) },
  {
    name: 'an approval of a rental dwelling',
    input: (language = 'nb') => decisionInput({ language, outcome: 'approved' }, allocationBlocks(language)),
  },
  {
    name: 'an approval of help under boligsosial lov',
    input: (language = 'nb') => decisionInput({ language, caseType: 'housing_help', outcome: 'approved' }, { helpContent: helpContent(language), otherHelp: [] }),
  },
  {
    name: 'a refusal of help under boligsosial lov',
    input: (language) => decisionInput({ language, caseType: 'housing_help' }),
  },
  {
    name: 'a refusal of temporary accommodation',
    input: (language) => decisionInput({ language, caseType: 'temporary_accommodation' }),
  },
  {
    name: 'a refusal of startlån',
    input: (language) => decisionInput({ language, caseType: 'startlan' }, { otherHelp: ['financial_advice'] }),
  },
  {
    name: 'a partial approval of help under boligsosial lov',
    input: (language = 'nb') => decisionInput({ language, caseType: 'housing_help', outcome: 'partly_approved' }, { helpContent: helpContent(language) }),
  },
];

/** Each way a caller can leave out a required block, and the block it should report. */
const REMOVALS: Array<{ block: BlockId; applies: (i: DecisionLetterInput) => boolean; remove: (i: DecisionLetterInput) => DecisionLetterInput }> = [
  { block: 'case_number', applies: () => true, remove: (i) => ({ ...i, caseNumber: ' ' }) },
  { block: 'recipient', applies: () => true, remove: (i) => ({ ...i, recipient: { ...i.recipient, name: '' } }) },
  { block: 'signature', applies: () => true, remove: (i) => ({ ...i, caseworker: { name: '' } }) },
  { block: 'conclusion', applies: () => true, remove: (i) => ({ ...i, blocks: { ...i.blocks, conclusion: '' } }) },
  { block: 'facts', applies: () => true, remove: (i) => ({ ...i, blocks: { ...i.blocks, facts: undefined } }) },
  { block: 'considerations', applies: () => true, remove: (i) => ({ ...i, blocks: { ...i.blocks, considerations: ['  ', '\n'] } }) },
  { block: 'other_help', applies: (i) => i.outcome !== 'approved', remove: (i) => ({ ...i, blocks: { ...i.blocks, otherHelp: [] } }) },
  {
    block: 'help_content',
    applies: (i) => i.caseType === 'housing_help' && i.outcome !== 'refused',
    remove: (i) => ({ ...i, blocks: { ...i.blocks, helpContent: undefined } }),
  },
  {
    block: 'dwelling',
    applies: (i) => i.caseType === 'rental_dwelling' && i.outcome !== 'refused',
    remove: (i) => ({ ...i, blocks: { ...i.blocks, dwelling: undefined } }),
  },
  {
    block: 'lease',
    applies: (i) => i.caseType === 'rental_dwelling' && i.outcome !== 'refused',
    remove: (i) => ({ ...i, blocks: { ...i.blocks, leaseYears: undefined } }),
  },
  {
    block: 'validity',
    applies: (i) => i.caseType === 'rental_dwelling' && i.outcome !== 'refused',
    remove: (i) => ({ ...i, blocks: { ...i.blocks, validityMonths: undefined } }),
  },
  {
    block: 'lapse',
    applies: (i) => i.caseType === 'rental_dwelling' && i.outcome !== 'refused',
    remove: (i) => ({ ...i, blocks: { ...i.blocks, premises: [] } }),
  },
];

describe('buildDecisionLetter: required blocks', () => {
  it.each(SCENARIOS)('builds $name when every required block is there', ({ input }) => {
    expect(buildDecisionLetter(input()).ok).toBe(true);
  });

  const cases = SCENARIOS.flatMap((scenario) =>
    REMOVALS.filter((r) => r.applies(scenario.input())).map((r) => ({ scenario: scenario.name, block: r.block, input: r.remove(scenario.input()) })),
  );
  it.each(cases)('refuses $scenario without $block', ({ input, block }) => {
    expect(buildDecisionLetter(input)).toEqual({ ok: false, missing: [block] });
  });

  it('lists every missing block at once, in letter order', () => {
    const input = decisionInput({ outcome: 'approved' }, { ...allocationBlocks(), validityMonths: undefined, dwelling: undefined, premises: undefined, facts: '' });
    expect(buildDecisionLetter(input)).toEqual({ ok: false, missing: ['dwelling', 'validity', 'lapse', 'facts'] });
  });

  it.each([
    ['a validity of 0 months', { validityMonths: 0 }, 'validity'],
    ['a validity of 1.5 months', { validityMonths: 1.5 }, 'validity'],
    ['a lease of 0 years', { leaseYears: 0 }, 'lease'],
    ['a negative number of bedrooms', { dwelling: { bedrooms: -1 } }, 'dwelling'],
    ['premises that are only white space', { premises: ['  '] }, 'lapse'],
  ] as const)('refuses a rental approval with %s', (_, blocks, block) => {
    expect(buildDecisionLetter(decisionInput({ outcome: 'approved' }, { ...allocationBlocks(), ...blocks }))).toEqual({ ok: false, missing: [block] });
  });

  it('refuses a decision made before any legal basis was in force, naming the blocks that depend on it', () => {
    expect(buildDecisionLetter(decisionInput({ decidedOn: '2023-06-30' }))).toEqual({
      ok: false,
      missing: ['legal_basis', 'appeal', 'appeal_how', 'appeal_help', 'access'],
    });
  });

  it('asks only for the lease length when a lease renewal is approved', () => {
    const renewal = decisionInput({ outcome: 'approved', rentalKind: 'renewal' }, { otherHelp: [] });
    expect(buildDecisionLetter(renewal)).toEqual({ ok: false, missing: ['lease'] });
    const letter = letterOf(buildDecisionLetter({ ...renewal, blocks: { ...renewal.blocks, leaseYears: 5 } }));
    expect(letter.sections.map((s) => s.id)).not.toContain('validity');
    expect(letter.title).toBe('Vedtak om forlengelse av leiekontrakt for kommunal bolig');
  });

  it('needs no «other help» on a full approval, but does on a partial one', () => {
    expect(buildDecisionLetter(decisionInput({ outcome: 'approved' }, allocationBlocks())).ok).toBe(true);
    expect(buildDecisionLetter(decisionInput({ outcome: 'partly_approved' }, allocationBlocks()))).toEqual({ ok: false, missing: ['other_help'] });
  });

  it('throws on a notice sent before the decision: a broken invariant, not a missing block', () => {
    expect(() => buildDecisionLetter(decisionInput({ decidedOn: '2025-04-09', noticeSentOn: '2025-04-08' }))).toThrow(RangeError);
  });
});

describe('buildDecisionLetter: content', () => {
  const APPEAL_BODIES: Array<[CaseType, string, string]> = [
    ['housing_help', 'Statsforvalteren', 'Statsforvaltaren'],
    ['rental_dwelling', 'kommunens klagenemnd', 'klagenemnda i kommunen'],
    ['temporary_accommodation', 'Statsforvalteren', 'Statsforvaltaren'],
    ['startlan', 'kommunens klagenemnd', 'klagenemnda i kommunen'],
  ];

  it.each(APPEAL_BODIES)('names the appeal body of a %s refusal in bokmål (%s) and nynorsk (%s)', (caseType, nb, nn) => {
    for (const [language, body] of [['nb', nb], ['nn', nn]] as const) {
      const appeal = sectionOf(letterOf(buildDecisionLetter(decisionInput({ caseType, language }))), 'appeal');
      expect(appeal?.paragraphs.join(' ')).toContain(`sender vi klagen ${language === 'nn' ? 'vidare' : 'videre'} til ${body}`);
    }
  });

  it('writes the key legal phrases in bokmål', () => {
    const text = textOf(letterOf(buildDecisionLetter(decisionInput({ language: 'nb' }))));
    for (const phrase of [
      'Fristen for å klage er tre uker fra du mottok dette brevet (forvaltningsloven § 29).',
      'Du har rett til å se dokumentene i saken din (forvaltningsloven §§ 18 og 19).',
      'Klagen må være skriftlig',
      '(forvaltningsloven § 32)',
      'Vi kan hjelpe deg med å skrive klagen. Ta kontakt med oss (forvaltningsloven § 11).',
      '(forvaltningsloven § 36)',
      'Send klagen til oss (boligkontoret, som gjorde vedtaket)',
      'hvilket vedtak du klager på – oppgi gjerne saksnummeret vårt, 2025/123',
      'Depositumsgaranti fra Nav',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('writes the key legal phrases in nynorsk', () => {
    const text = textOf(letterOf(buildDecisionLetter(decisionInput({ language: 'nn' }))));
    for (const phrase of [
      'Fristen for å klage er tre veker frå du fekk dette brevet (forvaltningslova § 29).',
      'Du har rett til å sjå dokumenta i saka di (forvaltningslova §§ 18 og 19).',
      'Klagen må vere skriftleg',
      'Vi kan hjelpe deg med å skrive klagen.',
      'Send klagen til oss (bustadkontoret, som gjorde vedtaket)',
      'kva vedtak du klagar på',
      'Bustøtte frå Husbanken',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it.each(['housing_help', 'rental_dwelling', 'temporary_accommodation', 'startlan'] as const)(
    'writes a nynorsk %s letter with no bokmål forms',
    (caseType) => {
      const input = decisionInput({ language: 'nn', caseType, outcome: 'approved' }, { ...allocationBlocks('nn'), helpContent: helpContent('nn'), freeLegalAid: true });
      const text = textOf(letterOf(buildDecisionLetter(input)));
      const bokmal = /(?<!\p{L})(bolig|ikke|hvis|mottok|uker|fra|dokumentene|saken|søke|hjelpen|vurderingen|kommunens|Statsforvalteren|forvaltningsloven|hilsen)(?!\p{L})/iu;
      expect(text).not.toMatch(bokmal);
    },
  );

  it.each(['housing_help', 'rental_dwelling', 'temporary_accommodation', 'startlan'] as const)(
    'writes a bokmål %s letter with no nynorsk forms',
    (caseType) => {
      const input = decisionInput({ language: 'nb', caseType, outcome: 'approved' }, { ...allocationBlocks('nb'), helpContent: helpContent('nb'), freeLegalAid: true });
      const text = textOf(letterOf(buildDecisionLetter(input)));
      const nynorsk = /(?<!\p{L})(ikkje|bustad|frå|veker|sjå|kva|kvifor|saka|dei|meir|søkje|forvaltningslova|helsing|Statsforvaltaren)(?!\p{L})/iu;
      expect(text).not.toMatch(nynorsk);
    },
  );

  it('prints what a rental approval promises: dwelling, lease, validity date and the lapse sentence', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput({ outcome: 'approved', decidedOn: '2025-04-09' }, { ...allocationBlocks(), dwelling: { bedrooms: 2, sizeM2: 55.5, floorRequirement: 'ground_floor', lift: true, wheelchair: true } })));
    expect(sectionOf(letter, 'dwelling')?.list).toEqual([
      'Antall soverom: 2',
      'Størrelse: omtrent 55,5 m²',
      'Etasje: første etasje (bakkeplan)',
      'Heis: ja',
      'Tilpasset for rullestol: ja',
    ]);
    expect(sectionOf(letter, 'lease')?.paragraphs).toEqual(['Du får en tidsbestemt leiekontrakt på 3 år.']);
    expect(sectionOf(letter, 'validity')?.paragraphs[0]).toContain('Vedtaket gjelder i 12 måneder, til og med 9. april 2026.');
    expect(sectionOf(letter, 'lapse')?.paragraphs[0]).toContain('Vedtaket bortfaller dersom forutsetningene endrer seg.');
    expect(sectionOf(letter, 'lapse')?.list).toEqual(['du bor i kommunen', 'husstanden din er to personer']);
    expect(letter.derived.validUntil).toBe('2026-04-09');
  });

  it('writes the lapse sentence in nynorsk and a one-month validity in the singular', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput({ language: 'nn', outcome: 'approved', decidedOn: '2025-01-31' }, { ...allocationBlocks('nn'), validityMonths: 1 })));
    expect(sectionOf(letter, 'validity')?.paragraphs[0]).toContain('Vedtaket gjeld i 1 månad, til og med 28. februar 2025.');
    expect(sectionOf(letter, 'lapse')?.paragraphs[0]).toContain('Vedtaket fell bort dersom føresetnadene endrar seg.');
  });

  it('states the main content of the help and that it cannot be changed to the person’s disadvantage without a new decision', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput({ caseType: 'housing_help', outcome: 'approved' }, { helpContent: helpContent(), otherHelp: [] })));
    const help = sectionOf(letter, 'help_content');
    expect(help?.heading).toBe('Hjelpen du får');
    expect(help?.paragraphs).toEqual([helpContent(), 'Vi kan ikke endre hjelpen til ulempe for deg uten å gjøre et nytt vedtak (boligsosial lov § 7).']);
    expect(sectionOf(letter, 'legal_basis')?.paragraphs[0]).toBe(
      'Vi har gjort vedtaket etter lov om kommunenes ansvar på det boligsosiale feltet (boligsosial lov) §§ 6 og 7.',
    );
    expect(letter.derived.legalBasisId).toBe('housing_help/1');
  });

  it('lists each eligibility reason’s explanation in the letter’s language', () => {
    const reasons = [eligibilityReason('age'), eligibilityReason('income')];
    const letter = letterOf(buildDecisionLetter(decisionInput({ language: 'nn' }, { eligibilityReasons: reasons })));
    const considerations = sectionOf(letter, 'considerations');
    expect(considerations?.paragraphs.at(-1)).toBe('Slik har vi vurdert kvart vilkår:');
    expect(considerations?.list).toEqual(['NN-forklaring age.', 'NN-forklaring income.']);
    expect(textOf(letter)).not.toMatch(/NB-forklaring|EN explanation/);
  });

  it('lists each kind of other help once, and prints fri rettshjelp only when asked', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput({}, { otherHelp: ['financial_advice', 'financial_advice', 'startlan'] })));
    expect(sectionOf(letter, 'other_help')?.list).toHaveLength(2);
    expect(textOf(letter)).not.toContain('fri rettshjelp');
    const withAid = letterOf(buildDecisionLetter(decisionInput({}, { freeLegalAid: true })));
    expect(sectionOf(withAid, 'appeal_help')?.paragraphs.at(-1)).toContain('Du kan ha rett til fri rettshjelp');
  });

  it('addresses a representative «på vegne av» the person in bokmål', () => {
    const input = decisionInput({ recipient: personRecipient({ name: 'Advokat Kari Berg', isRepresentative: true }) });
    const letter = letterOf(buildDecisionLetter(input));
    expect(letter.meta.recipient).toMatchObject({ name: 'Advokat Kari Berg', onBehalfOf: PERSON });
    expect(letter.lead[0]).toContain(`fordi du representerer ${PERSON} i denne saken (forvaltningsloven § 12)`);
    expect(renderLetterHtml(letter)).toContain(`Advokat Kari Berg<br>på vegne av ${PERSON}`);
  });

  it('addresses a representative «på vegner av» the person in nynorsk', () => {
    const input = decisionInput({
      language: 'nn',
      recipient: personRecipient({ name: 'Gatejuristen', isRepresentative: true, representedPersonName: 'Kari Nordmann' }),
    });
    const letter = letterOf(buildDecisionLetter(input));
    expect(letter.meta.recipient).toMatchObject({ name: 'Gatejuristen', onBehalfOf: 'Kari Nordmann' });
    expect(letter.lead[0]).toContain('I resten av brevet er det Kari Nordmann vi meiner med «du».');
    expect(renderLetterHtml(letter)).toContain('Gatejuristen<br>på vegner av Kari Nordmann');
  });

  it('never prints a protected address, even when its lines are passed', () => {
    const input = decisionInput({ recipient: personRecipient({ addressLines: ['Hemmeligveien 13', '0001 Skjult'], addressProtected: true }) });
    const letter = letterOf(buildDecisionLetter(input));
    expect(letter.meta.recipient.addressLines).toEqual([]);
    expect(renderLetterHtml(letter)).not.toMatch(/Hemmeligveien|Skjult/);
  });

  it('prints the appeal deadline for a notice posted on the Friday before Easter (2025)', () => {
    // Posted Friday 11 April 2025; three working days to arrive: Mon 14, Tue 15, Wed 16 April.
    const letter = letterOf(buildDecisionLetter(decisionInput({ decidedOn: '2025-04-09', noticeSentOn: '2025-04-11' })));
    expect(letter.derived).toMatchObject({ noticeReachedOn: '2025-04-16', appealDeadline: '2025-05-07' });
    expect(sectionOf(letter, 'appeal')?.paragraphs[1]).toBe(
      'Vi sendte brevet 11. april 2025. Hvis det kom fram til deg 16. april 2025, er siste dag for å klage 7. mai 2025. Kom brevet fram senere, blir fristen tilsvarende lengre.',
    );
  });

  it('skips the Easter holidays when the notice is posted on Good Friday', () => {
    // Good Friday 18 April 2025 and Easter Monday 21 April are holidays: arrival is assumed Thursday 24 April.
    const letter = letterOf(buildDecisionLetter(decisionInput({ language: 'nn', decidedOn: '2025-04-17', noticeSentOn: '2025-04-18' })));
    expect(letter.derived).toMatchObject({ noticeReachedOn: '2025-04-24', appealDeadline: '2025-05-15' });
    expect(sectionOf(letter, 'appeal')?.paragraphs[1]).toBe(
      'Vi sende brevet 18. april 2025. Dersom det kom fram til deg 24. april 2025, er siste dag for å klage 15. mai 2025. Kom brevet fram seinare, blir fristen tilsvarande lengre.',
    );
  });

  it('prints only the three-week rule when the letter has not been sent yet', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput()));
    expect(letter.derived.appealDeadline).toBeUndefined();
    expect(sectionOf(letter, 'appeal')?.paragraphs[1]).toContain('Du har klaget i tide hvis du postlegger eller leverer klagen');
  });

  it('orders the blocks: conclusion and what is granted first, reasons next, appeal and access last', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput({ outcome: 'partly_approved' }, { ...allocationBlocks(), otherHelp: ['startlan'] })));
    expect(letter.sections.map((s) => s.id)).toEqual([
      'conclusion',
      'dwelling',
      'lease',
      'validity',
      'lapse',
      'facts',
      'legal_basis',
      'considerations',
      'other_help',
      'appeal',
      'appeal_how',
      'appeal_help',
      'access',
    ]);
  });

  it('signs with the caseworker and the one who attested the decision', () => {
    const letter = letterOf(buildDecisionLetter(decisionInput({ language: 'nn', attestedBy: { name: 'Per Leiar' } })));
    expect(letter.signature).toEqual({
      greeting: 'Med venleg helsing',
      signers: [
        { name: 'Sara Saksbehandler', role: 'sakshandsamar' },
        { name: 'Per Leiar', role: 'godkjennar' },
      ],
      note: 'Brevet er godkjent elektronisk og har difor inga handskriven underskrift.',
    });
  });
});
