/** Checks about money and tenancy history: income ceiling, debts to the municipality, eviction quarantine. */
import { fromG, gAt, toG } from '../../money/grunnbelop.js';
import { addMonths, ageOn, formatDate, wholeMonthsBetween } from '../calendar.js';
import { formatDecimal, formatKroner, localize, text } from '../labels.js';
import type { DebtToMunicipalityRule, EligibilityFacts, EvictionQuarantineRule, HouseholdMember, IncomeBand, IncomeCeilingRule } from '../types.js';
import { type CheckContext, type CheckResult, met, missing, notMet } from './check.js';

const memberAge = (m: HouseholdMember, date: string): number | undefined =>
  m.birthDate !== undefined ? ageOn(m.birthDate, date) : m.age;

/** The band for a household: the one with the largest size not above it (the last covers «4 or more»). */
function bandFor(bands: readonly IncomeBand[], size: number): IncomeBand | undefined {
  let found: IncomeBand | undefined;
  for (const b of bands) if (b.householdSize <= size && (found === undefined || b.householdSize > found.householdSize)) found = b;
  return found;
}

/**
 * Gross household income is at most the ceiling for the household's size, with G read at the
 * evaluation date. The test is in kroner: income ≤ round(maxG × G). Income exactly at the
 * ceiling passes [I]. Members younger than `excludeMembersUnder` count in the size, not in the income.
 * Throws RangeError when no G is in force on the date or no band fits (a broken rule set).
 */
export function checkIncomeCeiling(rule: IncomeCeilingRule, facts: EligibilityFacts, ctx: CheckContext): CheckResult {
  const members = facts.household;
  if (members === undefined || members.length === 0) return missing(['household']);
  const gaps: string[] = [];
  let incomeNok = 0;
  let counted = 0;
  for (const [i, m] of members.entries()) {
    if (rule.excludeMembersUnder !== undefined) {
      const age = memberAge(m, ctx.date);
      if (age === undefined) {
        gaps.push(`household[${i}].age`);
        continue;
      }
      if (age < rule.excludeMembersUnder) continue;
    }
    if (m.grossAnnualIncome === undefined) {
      gaps.push(`household[${i}].grossAnnualIncome`);
      continue;
    }
    incomeNok += m.grossAnnualIncome;
    counted += 1;
  }
  const householdSize = members.length;
  if (gaps.length > 0) return missing(gaps, { householdSize });

  const band = bandFor(rule.bands, householdSize);
  if (band === undefined) throw new RangeError(`rule ${rule.id}: no income band for a household of ${householdSize}`);
  const grunnbelop = gAt(ctx.date, ctx.grunnbelop);
  const ceilingNok = fromG(band.maxG, ctx.date, ctx.grunnbelop);
  const incomeG = toG(incomeNok, ctx.date, ctx.grunnbelop);
  const values = {
    householdSize,
    countedMembers: counted,
    incomeNok,
    incomeG,
    ceilingG: band.maxG,
    ceilingNok,
    grunnbelop,
    excludeMembersUnder: rule.excludeMembersUnder ?? null,
  };
  const within = incomeNok <= ceilingNok;
  const explanation = localize((l) => {
    const persons = { nb: householdSize === 1 ? 'person' : 'personer', nn: householdSize === 1 ? 'person' : 'personar', en: householdSize === 1 ? 'person' : 'people' }[l];
    const income = `${formatKroner(incomeNok, l)} (${formatDecimal(incomeG, l)} G)`;
    const ceiling = `${formatDecimal(band.maxG, l)} G = ${formatKroner(ceilingNok, l)}`;
    const g = formatKroner(grunnbelop, l);
    const excluded = householdSize - counted;
    const under = rule.excludeMembersUnder;
    const exclusion =
      under !== undefined && excluded > 0
        ? {
            nb: ` Inntekten til ${excluded} ${excluded === 1 ? 'husstandsmedlem' : 'husstandsmedlemmer'} under ${under} år er ikke regnet med.`,
            nn: ` Inntekta til ${excluded} ${excluded === 1 ? 'medlem' : 'medlemmer'} av hushaldet under ${under} år er ikkje rekna med.`,
            en: ` Income of ${excluded} household ${excluded === 1 ? 'member' : 'members'} under ${under} is not counted.`,
          }[l]
        : '';
    return {
      nb: `Husstanden har ${householdSize} ${persons} og samlet bruttoinntekt ${income}. Grensen er ${ceiling} (G = ${g}).${exclusion} Inntekten er ${within ? 'innenfor' : 'over'} grensen.`,
      nn: `Hushaldet har ${householdSize} ${persons} og samla bruttoinntekt ${income}. Grensa er ${ceiling} (G = ${g}).${exclusion} Inntekta er ${within ? 'innanfor' : 'over'} grensa.`,
      en: `The household has ${householdSize} ${persons} and a total gross income of ${income}. The ceiling is ${ceiling} (G = ${g}).${exclusion} The income is ${within ? 'within' : 'above'} the ceiling.`,
    }[l];
  });
  return within ? met(explanation, values) : notMet(explanation, values);
}

/** Debts to the municipality are paid, or under a repayment plan when the rule accepts one. */
export function checkDebtToMunicipality(rule: DebtToMunicipalityRule, facts: EligibilityFacts): CheckResult {
  const debt = facts.debtToMunicipality;
  if (debt === undefined) return missing(['debtToMunicipality']);
  const values = { debtAmount: debt.amount, repaymentPlan: debt.repaymentPlan };
  if (debt.amount <= 0) {
    return met(text('Søkeren har ikke gjeld til kommunen.', 'Søkjaren har ikkje gjeld til kommunen.', 'The applicant has no debt to the municipality.'), values);
  }
  const amount = localize((l) => formatKroner(debt.amount, l));
  if (debt.repaymentPlan && rule.acceptRepaymentPlan) {
    return met(
      text(
        `Søkeren har ${amount.nb} i gjeld til kommunen, men har en nedbetalingsavtale.`,
        `Søkjaren har ${amount.nn} i gjeld til kommunen, men har ein nedbetalingsavtale.`,
        `The applicant owes the municipality ${amount.en} but has a repayment agreement.`,
      ),
      values,
    );
  }
  return notMet(
    text(
      `Søkeren har ${amount.nb} i gjeld til kommunen${rule.acceptRepaymentPlan ? ' uten nedbetalingsavtale' : ''}.`,
      `Søkjaren har ${amount.nn} i gjeld til kommunen${rule.acceptRepaymentPlan ? ' utan nedbetalingsavtale' : ''}.`,
      `The applicant owes the municipality ${amount.en}${rule.acceptRepaymentPlan ? ' without a repayment agreement' : ''}.`,
    ),
    values,
  );
}

/**
 * No eviction in the `rule.months` before the application date (the evaluation date when the
 * application date is not given). The quarantine is over once exactly that many months have passed [I].
 */
export function checkEvictionQuarantine(rule: EvictionQuarantineRule, facts: EligibilityFacts, ctx: CheckContext): CheckResult {
  const eviction = facts.lastEvictionDate;
  if (eviction === undefined) return missing(['lastEvictionDate']);
  if (eviction === null) {
    return met(
      text('Søkeren er ikke kastet ut av en bolig tidligere.', 'Søkjaren er ikkje kasta ut av ein bustad tidlegare.', 'The applicant has not been evicted before.'),
      { lastEvictionDate: null, quarantineMonths: rule.months },
    );
  }
  const referenceDate = facts.applicationDate ?? ctx.date;
  const monthsSinceEviction = wholeMonthsBetween(eviction, referenceDate);
  const quarantineEnds = addMonths(eviction, rule.months);
  const values = { lastEvictionDate: eviction, referenceDate, monthsSinceEviction, quarantineMonths: rule.months, quarantineEnds };
  const within = monthsSinceEviction < rule.months;
  const explanation = localize((l) => {
    const [evicted, reference, ends] = [formatDate(eviction, l), formatDate(referenceDate, l), formatDate(quarantineEnds, l)];
    const n = rule.months;
    if (!within) {
      return {
        nb: `Siste utkastelse var ${evicted}, ${monthsSinceEviction} måneder før ${reference}. Karantenen på ${n} måneder er over.`,
        nn: `Siste utkasting var ${evicted}, ${monthsSinceEviction} månader før ${reference}. Karantenen på ${n} månader er over.`,
        en: `The last eviction was on ${evicted}, ${monthsSinceEviction} months before ${reference}. The ${n}-month quarantine is over.`,
      }[l];
    }
    return {
      nb: `Søkeren ble kastet ut ${evicted}, mindre enn ${n} måneder før ${reference}. Karantenen er over fra og med ${ends}.`,
      nn: `Søkjaren vart kasta ut ${evicted}, mindre enn ${n} månader før ${reference}. Karantenen er over frå og med ${ends}.`,
      en: `The applicant was evicted on ${evicted}, less than ${n} months before ${reference}. The quarantine ends on ${ends}.`,
    }[l];
  });
  return within ? notMet(explanation, values) : met(explanation, values);
}
