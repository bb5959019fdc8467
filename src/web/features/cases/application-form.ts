import type { IntakeBody } from '../../../contracts/cases';
import { canHandleCase } from '../../../domain/access/person-access';
import type { Role } from '../../../domain/access/roles';
import {
  CASE_TYPES,
  DOCUMENTATION_ITEMS,
  type CaseType,
  type DocumentStatus,
  type IntakeChannel,
  type NeedCategory,
  type RentalKind,
  type YesNoUnknown,
} from '../../../domain/cases/case-types';
import type { HousingSituation } from '../../../domain/eligibility/types';
import type { Catalogue } from '../../app/i18n/nb';
import { parseKroner } from '../../components/amounts';
import type { FieldMessages } from '../../components/form-errors';

/** The application (søknad) form as typed; mirrors intakeBodySchema in contracts/cases.ts. */

export const SPECIAL_NEEDS = ['wheelchair', 'lift', 'groundFloor', 'staffed', 'staffBase'] as const;
export type SpecialNeed = (typeof SPECIAL_NEEDS)[number];
export const INCOME_FIELDS = ['applicantGrossAnnual', 'householdGrossAnnual', 'assets'] as const;
export type IncomeField = (typeof INCOME_FIELDS)[number];
export type DocumentChoice = DocumentStatus | 'not_needed';
/** Facts the eligibility rules ask for; '' = not assessed yet. */
export const FACTS = ['documentedOwnAttempts', 'canMeetLeaseTerms', 'hasDailyCareOfChildren'] as const;
export type Fact = (typeof FACTS)[number];

export type ApplicationValues = {
  channel: IntakeChannel | '';
  receivedOn: string;
  summary: string;
  caseTypes: CaseType[];
  rentalKind: RentalKind | '';
  housingSituation: HousingSituation | '';
  needCategory: NeedCategory | '';
  specialNeeds: SpecialNeed[];
  sharedHousingOk: YesNoUnknown;
  schoolDistrict: string;
  areaWishes: string;
  income: Record<IncomeField, string>;
  debt: 'unknown' | 'none' | 'some';
  debtAmount: string;
  repaymentPlan: boolean;
  eviction: 'unknown' | 'never' | 'date';
  evictionDate: string;
  documentation: Record<string, DocumentChoice>;
  facts: Record<Fact, YesNoUnknown>;
};

export function emptyApplication(today: string): ApplicationValues {
  return {
    channel: '',
    receivedOn: today,
    summary: '',
    caseTypes: [],
    rentalKind: '',
    housingSituation: '',
    needCategory: '',
    specialNeeds: [],
    sharedHousingOk: 'unknown',
    schoolDistrict: '',
    areaWishes: '',
    income: { applicantGrossAnnual: '', householdGrossAnnual: '', assets: '' },
    debt: 'unknown',
    debtAmount: '',
    repaymentPlan: false,
    eviction: 'unknown',
    evictionDate: '',
    documentation: Object.fromEntries(DOCUMENTATION_ITEMS.map((item) => [item, 'not_needed'])),
    facts: { documentedOwnAttempts: 'unknown', canMeetLeaseTerms: 'unknown', hasDailyCareOfChildren: 'unknown' },
  };
}

/** The case types this role may open (person-access.ts canHandleCase). */
export function caseTypesFor(role: Role): CaseType[] {
  return CASE_TYPES.filter((type) => canHandleCase(role, type));
}

/** "01, 02 03" → ["01", "02", "03"]. */
export function parseAreaWishes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/** API field path → element id, in form order. The rental kind's path has the index of the rental case. */
export function applicationFieldIds(values: ApplicationValues): Record<string, string> {
  const rentalIndex = values.caseTypes.indexOf('rental_dwelling');
  return {
    channel: 'app-channel',
    receivedOn: 'app-received-on',
    summary: 'app-summary',
    cases: 'app-case-types',
    ...(rentalIndex >= 0 ? { [`cases.${rentalIndex}.rentalKind`]: 'app-rental-kind' } : {}),
    'application.housingSituation': 'app-housing-situation',
    'application.needCategory': 'app-need-category',
    'application.specialNeeds.sharedHousingOk': 'app-shared-housing',
    'application.specialNeeds.schoolDistrict': 'app-school-district',
    'application.specialNeeds': 'app-special-needs',
    'application.areaWishes': 'app-area-wishes',
    'application.income.applicantGrossAnnual': 'app-income-applicantGrossAnnual',
    'application.income.householdGrossAnnual': 'app-income-householdGrossAnnual',
    'application.income.assets': 'app-income-assets',
    'application.debtToMunicipality.amount': 'app-debt-amount',
    'application.debtToMunicipality': 'app-debt',
    'application.lastEvictionDate': 'app-eviction',
    'application.documentation': 'app-documentation',
    'application.facts.documentedOwnAttempts': 'app-fact-documentedOwnAttempts',
    'application.facts.canMeetLeaseTerms': 'app-fact-canMeetLeaseTerms',
    'application.facts.hasDailyCareOfChildren': 'app-fact-hasDailyCareOfChildren',
    'application.facts': 'app-fact-documentedOwnAttempts',
    application: 'app-housing-situation',
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const fact = (value: YesNoUnknown): boolean | null => (value === 'unknown' ? null : value === 'yes');
const kroner = (text: string): number | null => {
  const value = parseKroner(text);
  return value === undefined || value === 'invalid' ? null : value;
};

/** What the browser can tell before sending; the server checks the rest (districts, dates ahead). */
export function validateApplication(v: ApplicationValues, t: Catalogue): FieldMessages<string> {
  const a = t.application;
  const errors: FieldMessages<string> = {};
  if (!v.channel) errors['channel'] = t.form.chooseRequired(a.channel);
  if (!ISO_DATE.test(v.receivedOn)) errors['receivedOn'] = t.form.invalidDate(a.receivedOn);
  if (!v.summary.trim()) errors['summary'] = t.form.required(a.summary);
  if (v.caseTypes.length === 0) errors['cases'] = a.chooseCaseType;
  const rentalIndex = v.caseTypes.indexOf('rental_dwelling');
  if (rentalIndex >= 0 && !v.rentalKind) errors[`cases.${rentalIndex}.rentalKind`] = t.form.chooseRequired(a.rentalKind);
  if (!v.housingSituation) errors['application.housingSituation'] = t.form.chooseRequired(a.housingSituation);
  if (!v.needCategory) errors['application.needCategory'] = t.form.chooseRequired(a.needCategory);
  if (parseAreaWishes(v.areaWishes).some((code) => !/^[0-9A-Za-z]{1,10}$/.test(code))) errors['application.areaWishes'] = a.areaWishesFormat;
  for (const field of INCOME_FIELDS) {
    if (parseKroner(v.income[field]) === 'invalid') errors[`application.income.${field}`] = t.form.wholeKroner(a.income[field]);
  }
  if (v.debt === 'some' && (parseKroner(v.debtAmount) === 'invalid' || parseKroner(v.debtAmount) === undefined)) {
    errors['application.debtToMunicipality.amount'] = t.form.wholeKroner(a.debtAmount);
  }
  if (v.eviction === 'date' && !ISO_DATE.test(v.evictionDate)) errors['application.lastEvictionDate'] = t.form.invalidDate(a.evictionDate);
  return errors;
}

export function toIntakeBody(v: ApplicationValues, householdId: string, personId: string | undefined): IntakeBody {
  return {
    householdId,
    personId,
    channel: v.channel as IntakeChannel,
    receivedOn: v.receivedOn,
    summary: v.summary.trim(),
    cases: v.caseTypes.map((caseType) =>
      caseType === 'rental_dwelling' ? { caseType, rentalKind: v.rentalKind as RentalKind } : { caseType },
    ),
    application: {
      housingSituation: v.housingSituation as HousingSituation,
      needCategory: v.needCategory as NeedCategory,
      specialNeeds: {
        wheelchair: v.specialNeeds.includes('wheelchair'),
        lift: v.specialNeeds.includes('lift'),
        groundFloor: v.specialNeeds.includes('groundFloor'),
        staffed: v.specialNeeds.includes('staffed'),
        staffBase: v.specialNeeds.includes('staffBase'),
        sharedHousingOk: v.sharedHousingOk,
        schoolDistrict: v.schoolDistrict.trim() || null,
      },
      areaWishes: parseAreaWishes(v.areaWishes),
      networkAreas: [],
      safety: { excludedDistricts: [], avoidPersonIds: [] },
      income: {
        applicantGrossAnnual: kroner(v.income.applicantGrossAnnual),
        householdGrossAnnual: kroner(v.income.householdGrossAnnual),
        assets: kroner(v.income.assets),
      },
      debtToMunicipality:
        v.debt === 'unknown' ? null : { amount: v.debt === 'none' ? 0 : (kroner(v.debtAmount) ?? 0), repaymentPlan: v.debt === 'some' && v.repaymentPlan },
      // Absent: not checked yet; null: checked, never evicted.
      ...(v.eviction === 'unknown' ? {} : { lastEvictionDate: v.eviction === 'never' ? null : v.evictionDate }),
      documentation: Object.entries(v.documentation)
        .filter(([, status]) => status !== 'not_needed')
        .map(([item, status]) => ({ item, status: status as DocumentStatus })),
      facts: {
        documentedOwnAttempts: fact(v.facts.documentedOwnAttempts),
        canMeetLeaseTerms: fact(v.facts.canMeetLeaseTerms),
        hasDailyCareOfChildren: fact(v.facts.hasDailyCareOfChildren),
      },
    },
  };
}
