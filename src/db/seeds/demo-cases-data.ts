import type { ApplicationInput, DecisionContentInput } from '../../contracts/cases.js';
import type { CaseType, NoteSensitivity, RentalKind } from '../../domain/cases/case-types.js';
import type { DemoHousehold } from './demo-people.js';

/**
 * Demo kommune's cases: households in every state a case can be in (received, awaiting a
 * foreløpig svar, decided, appealed, at the appeal body, forwarded), some past the fvl. § 11a
 * deadline, one approval running out soon. Dates are days before the seed's «today».
 */

export type DemoStep =
  | { do: 'evaluate'; daysAgo: number; overrides?: Array<{ ruleId: string; reason: string }> }
  | { do: 'note'; daysAgo: number; body: string; sensitivity?: NoteSensitivity }
  | { do: 'prelim'; daysAgo: number; reason: string; expectedInDays: number }
  | { do: 'decide'; daysAgo: number; outcome: 'approved' | 'partly_approved' | 'refused'; content: DecisionContentInput }
  | { do: 'appeal'; submittedDaysAgo: number; receivedDaysAgo: number; grounds: string }
  | { do: 'review'; daysAgo: number; outcome: 'reverse' | 'uphold'; note: string; lateAppealAssessment?: string }
  | { do: 'forward'; daysAgo: number; unit: string; reason: string };

export interface DemoScenario {
  household: DemoHousehold;
  caseType: CaseType;
  rentalKind?: RentalKind;
  channel: 'paper' | 'phone' | 'meeting';
  receivedDaysAgo: number;
  summary: string;
  application?: Partial<ApplicationInput>;
  /** Who registers and handles it: the housing office's caseworker, or NAV for § 27. */
  by?: 'caseworker' | 'nav';
  steps: DemoStep[];
}

const approval = (bedrooms: number, extra: Partial<DecisionContentInput> = {}): DecisionContentInput => ({
  conclusion: 'Du får tildelt kommunal utleiebolig. Du står nå på listen over godkjente søkere, og vi kontakter deg når vi har en bolig som passer.',
  facts: 'Du bor midlertidig hos familie og har ikke egen bolig. Du har lav inntekt og har dokumentert at du har forsøkt å leie privat uten å lykkes.',
  considerations: 'Du oppfyller alle vilkårene i kommunens retningslinjer. Vi har lagt vekt på at du mangler et stabilt sted å bo.',
  dwelling: { bedrooms, sizeM2: 30 + bedrooms * 15, floorRequirement: 'none', lift: false, wheelchair: false },
  leaseYears: 3,
  premises: ['du bor i kommunen', 'husstanden din har samme størrelse', 'inntekten din er omtrent den samme'],
  ...extra,
});

const refusal = (reason: string): DecisionContentInput => ({
  conclusion: 'Du får ikke kommunal utleiebolig.',
  facts: reason,
  considerations: 'Kommunale utleieboliger er forbeholdt dem som ikke kan skaffe seg bolig selv. Etter en samlet vurdering mener vi at du kan det, eventuelt med hjelp.',
  otherHelp: ['housing_allowance', 'deposit_guarantee', 'financial_advice'],
});

const base = (overrides: Partial<ApplicationInput> = {}): Partial<ApplicationInput> => ({
  housingSituation: 'staying_with_friends_family',
  needCategory: 'other',
  areaWishes: ['01', '03'],
  income: { applicantGrossAnnual: 240_000, householdGrossAnnual: null, assets: 15_000 },
  debtToMunicipality: { amount: 0, repaymentPlan: false },
  lastEvictionDate: null,
  documentation: [
    { item: 'identity', status: 'received' },
    { item: 'income_statement', status: 'received' },
    { item: 'own_housing_attempts', status: 'missing' },
  ],
  facts: { documentedOwnAttempts: true, canMeetLeaseTerms: true, hasDailyCareOfChildren: false },
  ...overrides,
});

export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    household: { head: { givenName: 'Ingrid', familyName: 'Solberg', age: 24, grossAnnualIncome: 210_000 } },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'meeting', receivedDaysAgo: 4,
    summary: 'Bor på sofaen hos en venninne etter samlivsbrudd. Ønsker liten leilighet sentralt.',
    application: base(), steps: [{ do: 'note', daysAgo: 3, body: 'Avtalt at søker sender kontoutskrift.' }],
  },
  {
    household: { head: { givenName: 'Mohammed', familyName: 'Rahimi', age: 38, interpreterLanguage: 'fa', residenceStatus: 'refugee', refugeeSettledMonthsAgo: 14, residentYears: 1.2, grossAnnualIncome: 180_000 }, members: [{ givenName: 'Zahra', familyName: 'Rahimi', age: 35, relation: 'spouse', residenceStatus: 'refugee', grossAnnualIncome: 0 }, { givenName: 'Ali', familyName: 'Rahimi', age: 9 }, { givenName: 'Sara', familyName: 'Rahimi', age: 5 }], consents: [{ recipient: 'nav', fromDaysAgo: 25 }] },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'meeting', receivedDaysAgo: 24,
    summary: 'Familie på fire i for liten leilighet med fukt. Trenger tre soverom nær Skogly skole.',
    application: base({ housingSituation: 'unsuitable_dwelling', needCategory: 'refugee', specialNeeds: { schoolDistrict: 'Skogly' }, areaWishes: ['07', '08'], income: { applicantGrossAnnual: 180_000, householdGrossAnnual: 310_000, assets: 0 }, facts: { documentedOwnAttempts: true, canMeetLeaseTerms: true, hasDailyCareOfChildren: true } }),
    steps: [{ do: 'evaluate', daysAgo: 20 }],
  },
  {
    household: { head: { givenName: 'Per', familyName: 'Hansen', age: 57, grossAnnualIncome: 160_000 } },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'paper', receivedDaysAgo: 41,
    summary: 'Bor på campingplass etter utkastelse fra privat leilighet. Søknad kom i posten.',
    application: base({ housingSituation: 'emergency_accommodation', needCategory: 'substance_use', debtToMunicipality: { amount: 18_500, repaymentPlan: true } }),
    steps: [{ do: 'note', daysAgo: 30, body: 'Søker har tidligere rusproblemer, nå i LAR.', sensitivity: 'substance_use' }],
  },
  {
    household: { head: { givenName: 'Aud', familyName: 'Kvamme', age: 71, writtenLanguage: 'nn', grossAnnualIncome: 230_000 }, representative: { kind: 'verge', name: 'Tor Kvamme' } },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'phone', receivedDaysAgo: 52,
    summary: 'Vergen ringte: bolig i andre etasje uten heis, søker bruker rullator.',
    application: base({ housingSituation: 'unsuitable_dwelling', needCategory: 'adapted_dwelling', specialNeeds: { lift: true, groundFloor: true } }),
    steps: [],
  },
  {
    household: { head: { givenName: 'Jonas', familyName: 'Berg', age: 29, grossAnnualIncome: 0 } },
    caseType: 'housing_help', channel: 'phone', receivedDaysAgo: 36,
    summary: 'Har fått varsel om utkastelse på grunn av husleierestanse. Ber om hjelp til å beholde boligen.',
    application: base({ housingSituation: 'unsuitable_dwelling', needCategory: 'mental_illness' }),
    steps: [
      { do: 'prelim', daysAgo: 10, reason: 'Vi venter på opplysninger fra utleier og NAV om restansen.', expectedInDays: 21 },
      { do: 'note', daysAgo: 9, body: 'Fastlege bekrefter angstlidelse; trenger tett oppfølging.', sensitivity: 'health' },
    ],
  },
  {
    household: { head: { givenName: 'Lise', familyName: 'Andersen', age: 33, grossAnnualIncome: 260_000 }, members: [{ givenName: 'Emma', familyName: 'Andersen', age: 7 }] },
    caseType: 'rental_dwelling', rentalKind: 'change', channel: 'paper', receivedDaysAgo: 48,
    summary: 'Leier kommunal bolig i dag; ønsker bytte på grunn av naboproblemer og barnets skolevei.',
    application: base({ housingSituation: 'unsuitable_dwelling', areaWishes: ['02'] }),
    steps: [{ do: 'prelim', daysAgo: 16, reason: 'Vi må innhente uttalelse fra bomiljøteamet før vi kan avgjøre saken.', expectedInDays: 14 }],
  },
  {
    household: { head: { givenName: 'Fatima', familyName: 'Yusuf', age: 27, interpreterLanguage: 'so', residenceStatus: 'permanent_residence', residentYears: 6, grossAnnualIncome: 195_000 }, members: [{ givenName: 'Amina', familyName: 'Yusuf', age: 3 }] },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'meeting', receivedDaysAgo: 95,
    summary: 'Aleneforsørger som bor hos søsteren. Trenger to soverom.',
    application: base({ facts: { documentedOwnAttempts: true, canMeetLeaseTerms: true, hasDailyCareOfChildren: true } }),
    steps: [{ do: 'evaluate', daysAgo: 75 }, { do: 'decide', daysAgo: 68, outcome: 'approved', content: approval(2) }],
  },
  {
    household: { head: { givenName: 'Kjell', familyName: 'Nilsen', age: 45, grossAnnualIncome: 150_000 } },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'paper', receivedDaysAgo: 360,
    summary: 'Løslatt fra fengsel, bor på hospits.',
    application: base({ housingSituation: 'emergency_accommodation' }),
    steps: [{ do: 'evaluate', daysAgo: 335 }, { do: 'decide', daysAgo: 330, outcome: 'approved', content: approval(1) }],
  },
  {
    household: { head: { givenName: 'Marte', familyName: 'Eide', age: 41, grossAnnualIncome: 520_000 } },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'paper', receivedDaysAgo: 45,
    summary: 'Ønsker kommunal bolig nærmere jobben.',
    application: base({ housingSituation: 'own_suitable_dwelling', income: { applicantGrossAnnual: 520_000, householdGrossAnnual: null, assets: 300_000 } }),
    steps: [{ do: 'evaluate', daysAgo: 30 }, { do: 'decide', daysAgo: 15, outcome: 'refused', content: refusal('Du eier en leilighet på 55 kvadratmeter som du bor i, og du har fast inntekt.') }],
  },
  {
    household: { head: { givenName: 'Tiril', familyName: 'Johansen', age: 22, grossAnnualIncome: 120_000 } },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'meeting', receivedDaysAgo: 70,
    summary: 'Bor hos foreldre i konflikt, ønsker egen bolig.',
    application: base({ facts: { documentedOwnAttempts: false, canMeetLeaseTerms: true, hasDailyCareOfChildren: false } }),
    steps: [
      { do: 'evaluate', daysAgo: 50 },
      { do: 'decide', daysAgo: 30, outcome: 'refused', content: refusal('Du bor hos foreldrene dine og har ikke dokumentert at du har forsøkt å leie bolig selv.') },
      { do: 'appeal', submittedDaysAgo: 14, receivedDaysAgo: 12, grounds: 'Jeg har søkt på mange boliger, men ikke fått svar. Jeg legger ved e-poster.' },
    ],
  },
  {
    household: { head: { givenName: 'Ole', familyName: 'Lie', age: 63, writtenLanguage: 'nn', grossAnnualIncome: 0 }, representative: { kind: 'fullmektig', name: 'Advokat Randi Myklebust' } },
    caseType: 'housing_help', channel: 'paper', receivedDaysAgo: 110,
    summary: 'Fullmektig ber om hjelp til å finne bolig etter utskriving fra sykehus.',
    application: base({ housingSituation: 'institution_release_2m', needCategory: 'mental_illness' }),
    steps: [
      { do: 'decide', daysAgo: 62, outcome: 'refused', content: refusal('Du har fått tilbud om plass i omsorgsbolig gjennom helse- og omsorgstjenesten.') },
      { do: 'appeal', submittedDaysAgo: 20, receivedDaysAgo: 18, grounds: 'Klienten fikk ikke vedtaket før fullmektigen tok kontakt. Omsorgsboligen passer ikke.' },
    ],
  },
  {
    household: { head: { givenName: 'Eirik', familyName: 'Dahl', age: 50, grossAnnualIncome: 140_000 } },
    caseType: 'rental_dwelling', rentalKind: 'renewal', channel: 'paper', receivedDaysAgo: 100,
    summary: 'Søker om forlengelse av leiekontrakt i kommunal bolig.',
    application: base({ housingSituation: 'time_limited_lease_under_6m', debtToMunicipality: { amount: 42_000, repaymentPlan: false } }),
    steps: [
      { do: 'decide', daysAgo: 80, outcome: 'refused', content: refusal('Du har en husleierestanse på 42 000 kroner og ingen nedbetalingsavtale.') },
      { do: 'appeal', submittedDaysAgo: 66, receivedDaysAgo: 65, grounds: 'Jeg har nå inngått nedbetalingsavtale med kommunen.' },
      { do: 'review', daysAgo: 50, outcome: 'uphold', note: 'Avtalen ble inngått etter vedtaket, og restansen er fortsatt betydelig. Vi opprettholder vedtaket.' },
    ],
  },
  {
    household: { head: { givenName: 'Hanne', familyName: 'Strand', age: 36, grossAnnualIncome: 310_000 } },
    caseType: 'startlan', channel: 'phone', receivedDaysAgo: 16,
    summary: 'Ønsker å kjøpe egen bolig med startlån.',
    application: base({ housingSituation: 'time_limited_lease_under_6m' }),
    steps: [{ do: 'forward', daysAgo: 12, unit: 'Startlånkontoret i Demo kommune', reason: 'Søknader om startlån behandles av startlånkontoret, ikke av boligkontoret.' }],
  },
  {
    household: { head: { givenName: 'Nina', familyName: 'Holm', age: 30, addressProtection: 'strengt_fortrolig', grossAnnualIncome: 200_000 }, members: [{ givenName: 'Leo', familyName: 'Holm', age: 2 }] },
    caseType: 'rental_dwelling', rentalKind: 'new', channel: 'meeting', receivedDaysAgo: 12,
    summary: 'Har flyttet fra voldelig partner og bor på krisesenter. Adressen er sperret.',
    application: base({ housingSituation: 'emergency_accommodation', facts: { documentedOwnAttempts: true, canMeetLeaseTerms: true, hasDailyCareOfChildren: true } }),
    steps: [],
  },
  {
    household: { head: { givenName: 'Stian', familyName: 'Olsen', age: 44, residentYears: null, grossAnnualIncome: 0 }, consents: [{ recipient: 'followup_team', fromDaysAgo: 20 }, { recipient: 'nav', fromDaysAgo: 30, withdrawnDaysAgo: 5 }] },
    caseType: 'temporary_accommodation', channel: 'meeting', receivedDaysAgo: 3, by: 'nav',
    summary: 'Uten tak over hodet etter brann i leiligheten. Trenger sted å sove i natt.',
    application: base({ housingSituation: 'no_roof' }),
    steps: [],
  },
  {
    household: { head: { givenName: 'Camilla', familyName: 'Lund', age: 19, grossAnnualIncome: 90_000 } },
    caseType: 'temporary_accommodation', channel: 'phone', receivedDaysAgo: 38, by: 'nav',
    summary: 'Har bodd på hospits i fem uker.',
    application: base({ housingSituation: 'emergency_accommodation' }),
    steps: [],
  },
];
