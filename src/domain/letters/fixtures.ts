/** Small factories for the letter tests; not used by production code. */
import type { EligibilityReason } from '../eligibility/index.js';
import type { DecisionBlocks, DecisionLetterInput } from './decision-letter.js';
import type { AppealCoverInput, ForwardingLetterInput, PreliminaryReplyInput } from './other-letters.js';
import type { LetterLanguage, RecipientInput } from './types.js';

export const PERSON = 'Ola Nordmann';

export const personRecipient = (overrides: Partial<RecipientInput> = {}): RecipientInput => ({
  name: PERSON,
  addressLines: ['Storgata 1', '5003 Bergen'],
  isRepresentative: false,
  ...overrides,
});

/** Caseworker text in the letter's language, so a nynorsk letter is nynorsk throughout. */
const CASEWORKER_TEXT = {
  nb: {
    conclusion: 'Du får ikke kommunal utleiebolig.',
    facts: 'Du bor hos en venn og har en inntekt på 250 000 kroner i året.',
    considerations: 'Vi mener at du kan skaffe bolig på det private leiemarkedet med hjelp.',
    help: 'Vi hjelper deg med å søke etter bolig på det private markedet, og vi følger deg opp hver uke i tre måneder.',
    premises: ['du bor i kommunen', 'husstanden din er to personer'],
  },
  nn: {
    conclusion: 'Du får ikkje kommunal utleigebustad.',
    facts: 'Du bur hos ein ven og har ei inntekt på 250 000 kroner i året.',
    considerations: 'Vi meiner at du kan skaffe bustad på den private leigemarknaden med hjelp.',
    help: 'Vi hjelper deg med å leite etter bustad på den private marknaden, og vi følgjer deg opp kvar veke i tre månader.',
    premises: ['du bur i kommunen', 'hushaldet ditt er to personar'],
  },
} as const;

/** A complete refusal of a rental dwelling, which the builder accepts. */
export function decisionInput(
  overrides: Partial<Omit<DecisionLetterInput, 'blocks'>> = {},
  blocks: Partial<DecisionBlocks> = {},
): DecisionLetterInput {
  const language: LetterLanguage = overrides.language ?? 'nb';
  const t = CASEWORKER_TEXT[language];
  return {
    caseType: 'rental_dwelling',
    rentalKind: 'new',
    outcome: 'refused',
    municipality: { name: 'Demo kommune', unit: language === 'nn' ? 'Bustadkontoret' : 'Boligkontoret' },
    caseNumber: '2025/123',
    decidedOn: '2025-04-09',
    recipient: personRecipient(),
    person: { name: PERSON },
    caseworker: { name: 'Sara Saksbehandler' },
    ...overrides,
    language,
    blocks: {
      conclusion: t.conclusion,
      facts: t.facts,
      considerations: t.considerations,
      otherHelp: ['housing_allowance', 'deposit_guarantee'],
      ...blocks,
    },
  };
}

/** The blocks an approval of a (new) rental dwelling needs. */
export function allocationBlocks(language: LetterLanguage = 'nb'): Partial<DecisionBlocks> {
  return {
    dwelling: { bedrooms: 2, sizeM2: 55, floorRequirement: 'ground_floor_or_lift' },
    leaseYears: 3,
    validityMonths: 12,
    premises: [...CASEWORKER_TEXT[language].premises],
    otherHelp: [],
  };
}

/** The main content of the help, for a housing_help approval. */
export const helpContent = (language: LetterLanguage = 'nb'): string => CASEWORKER_TEXT[language].help;

/** An eligibility reason with recognisable text in each language. */
export function eligibilityReason(ruleId: string): EligibilityReason {
  return {
    ruleId,
    kind: 'minAge',
    outcome: 'met',
    explanation: { nb: `NB-forklaring ${ruleId}.`, nn: `NN-forklaring ${ruleId}.`, en: `EN explanation ${ruleId}.` },
    source: { document: 'Test' },
    values: {},
    missingFacts: [],
  };
}

export function preliminaryInput(overrides: Partial<PreliminaryReplyInput> = {}): PreliminaryReplyInput {
  return {
    language: 'nb',
    caseType: 'housing_help',
    municipality: { name: 'Demo kommune' },
    caseNumber: '2025/200',
    recipient: personRecipient(),
    person: { name: PERSON },
    caseworker: { name: 'Sara Saksbehandler' },
    receivedOn: '2025-03-03',
    sentOn: '2025-03-28',
    reason: 'Vi venter på opplysninger fra Nav om inntekten din.',
    expectedBy: '2025-05-15',
    ...overrides,
  };
}

export function forwardingInput(overrides: Partial<ForwardingLetterInput> = {}): ForwardingLetterInput {
  return {
    language: 'nb',
    caseType: 'housing_help',
    municipality: { name: 'Demo kommune', unit: 'Nav Demo' },
    caseNumber: '2025/300',
    recipient: personRecipient(),
    person: { name: PERSON },
    caseworker: { name: 'Nils Navveileder' },
    receivedOn: '2025-01-10',
    sentOn: '2025-01-14',
    forwardedTo: { name: 'Tildelingsenheten', contact: 'telefon 12 34 56 78' },
    reason: 'Du har søkt om hjelp etter boligsosial lov. Det er Tildelingsenheten som behandler slike søknader i kommunen.',
    ...overrides,
  };
}

export function appealCoverInput(overrides: Partial<AppealCoverInput> = {}): AppealCoverInput {
  return {
    language: 'nb',
    caseType: 'housing_help',
    municipality: { name: 'Demo kommune', unit: 'Boligkontoret' },
    caseNumber: '2025/123',
    sentOn: '2025-05-20',
    appellant: { name: PERSON },
    appealBodyAddressLines: ['Postboks 1', '0001 Statsby'],
    decision: { decidedOn: '2025-04-09', summary: 'Avslag på søknad om hjelp til å skaffe bolig.', noticeSentOn: '2025-04-11' },
    appeal: { submittedOn: '2025-05-02', receivedOn: '2025-05-05', claims: 'Klageren mener at hun trenger hjelp til å finne bolig.' },
    assessment: 'Klagen gir ingen nye opplysninger. Vi mener fortsatt at du kan skaffe bolig selv.',
    documents: [{ title: 'Søknad', date: '2025-02-01' }, { title: 'Vedtak', date: '2025-04-09' }, { title: 'Klage', date: '2025-05-02' }],
    caseworker: { name: 'Sara Saksbehandler' },
    ...overrides,
  };
}
