import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import { isRefugeeOn, REFUGEE_YEARS } from '../indicators/applicants.js';
import type { FieldProblem } from './landlord.js';
import type { LeaseHelpStatus } from './lease-help.js';

/**
 * Refugee settlement (bosetting): the household's settlement date, the introduction programme
 * (introduksjonsprogram, integreringsloven), the housing it was settled in, and the
 * housing-school (boligskole) sessions it attended. A household counts as refugees for five
 * years after settlement (KOSTRA's «flyktning inntil fem år»; integreringstilskudd years 1–5).
 */
export const SETTLEMENT_HOUSING = ['municipal', 'private', 'temporary', 'other'] as const;
export type SettlementHousing = (typeof SETTLEMENT_HOUSING)[number];


export interface SettlementFacts {
  settledOn: IsoDate;
  introductionFrom: IsoDate | null;
  introductionTo: IsoDate | null;
  housing: SettlementHousing;
  privateLeaseHelpId: string | null;
}

/** A settlement as it will be stored, all problems at once (the database checks the period too). */
export function checkSettlement(s: SettlementFacts, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (compareDates(s.settledOn, today) > 0) problems.push({ path: 'settledOn', code: 'in_future' });
  if (s.introductionFrom === null && s.introductionTo !== null) problems.push({ path: 'introductionFrom', code: 'required' });
  if (s.introductionFrom !== null && compareDates(s.introductionFrom, s.settledOn) < 0) problems.push({ path: 'introductionFrom', code: 'before_settled' });
  if (s.introductionFrom !== null && s.introductionTo !== null && compareDates(s.introductionTo, s.introductionFrom) < 0) {
    problems.push({ path: 'introductionTo', code: 'end_before_start' });
  }
  if (s.privateLeaseHelpId !== null && s.housing !== 'private') problems.push({ path: 'privateLeaseHelpId', code: 'help_needs_private_housing' });
  return problems;
}

/** One rule for who counts as a refugee, shared with the indicators (KOSTRA: the five integreringstilskudd years). */
export { isRefugeeOn, REFUGEE_YEARS };

/** Whether the household is in the introduction programme on `date`. */
export function inIntroductionOn(s: Pick<SettlementFacts, 'introductionFrom' | 'introductionTo'>, date: IsoDate): boolean {
  return s.introductionFrom !== null && compareDates(s.introductionFrom, date) <= 0 && (s.introductionTo === null || compareDates(date, s.introductionTo) <= 0);
}

export interface HelpFacts {
  id: string;
  householdId: string;
  startedOn: IsoDate;
  status: LeaseHelpStatus;
  outcomeOn: IsoDate | null;
}

export interface SettlementRecord extends SettlementFacts {
  householdId: string;
}

export interface YearFigures {
  year: number;
  /** Households the adviser worked with in the year: a help begun by the end of the year and not ended before it began. */
  helped: number;
  /** Households whose help ended in a signed private lease in the year. */
  signed: number;
  /**
   * Refugee households into a private lease in the year: a signed help dated while the household
   * counted as refugees, or a settlement in the year straight into a private dwelling.
   */
  refugeesInPrivateLeases: number;
}

const inYear = (date: IsoDate | null, year: number) => date !== null && Number(date.slice(0, 4)) === year;

/** The year's figures for the private-rental page, counted in distinct households. */
export function yearFigures(helps: readonly HelpFacts[], settlements: readonly SettlementRecord[], year: number): YearFigures {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const helped = new Set(
    helps.filter((h) => compareDates(h.startedOn, last) <= 0 && (h.outcomeOn === null || compareDates(h.outcomeOn, first) >= 0)).map((h) => h.householdId),
  );
  const signedHelps = helps.filter((h) => h.status === 'signed' && inYear(h.outcomeOn, year));
  const settledOf = new Map<string, IsoDate[]>();
  for (const s of settlements) settledOf.set(s.householdId, [...(settledOf.get(s.householdId) ?? []), s.settledOn]);
  const refugees = new Set<string>();
  for (const h of signedHelps) {
    if ((settledOf.get(h.householdId) ?? []).some((settledOn) => h.outcomeOn !== null && isRefugeeOn(settledOn, h.outcomeOn))) refugees.add(h.householdId);
  }
  for (const s of settlements) if (s.housing === 'private' && s.privateLeaseHelpId === null && inYear(s.settledOn, year)) refugees.add(s.householdId);
  return { year, helped: helped.size, signed: new Set(signedHelps.map((h) => h.householdId)).size, refugeesInPrivateLeases: refugees.size };
}
