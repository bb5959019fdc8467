/** Checks about the applicant as a person: age, lawful residence and botid. */
import { ageOn, wholeMonthsBetween } from '../calendar.js';
import { joinAlternatives, localize, RESIDENCE_STATUS_LABELS, text } from '../labels.js';
import type { EligibilityFacts, LawfulResidenceRule, MinAgeRule, ResidenceDurationRule } from '../types.js';
import { type CheckContext, type CheckResult, met, missing, notMet } from './check.js';

/** Age on the evaluation date from `birthDate`, else the stated `age`. */
function applicantAge(facts: EligibilityFacts, date: string): number | undefined {
  return facts.birthDate !== undefined ? ageOn(facts.birthDate, date) : facts.age;
}

/** The applicant is at least `rule.years` old on the evaluation date; turning that age on the date itself passes. */
export function checkMinAge(rule: MinAgeRule, facts: EligibilityFacts, ctx: CheckContext): CheckResult {
  const age = applicantAge(facts, ctx.date);
  if (age === undefined) return missing(['birthDate|age']);
  const values = { age, minAge: rule.years };
  if (age >= rule.years) {
    return met(
      text(`Søkeren er ${age} år (krav: minst ${rule.years}).`, `Søkjaren er ${age} år (krav: minst ${rule.years}).`, `The applicant is ${age} (required: at least ${rule.years}).`),
      values,
    );
  }
  if (rule.exceptWithDailyCareOfChildren) {
    if (facts.hasDailyCareOfChildren === undefined) return missing(['hasDailyCareOfChildren'], values);
    if (facts.hasDailyCareOfChildren) {
      return met(
        text(
          `Søkeren er ${age} år, men har daglig omsorg for barn og er derfor unntatt aldersgrensen på ${rule.years} år.`,
          `Søkjaren er ${age} år, men har dagleg omsorg for barn og er difor unnateken frå aldersgrensa på ${rule.years} år.`,
          `The applicant is ${age} but has daily care of children and is therefore exempt from the age limit of ${rule.years}.`,
        ),
        { ...values, dailyCareOfChildren: true },
      );
    }
  }
  return notMet(
    text(`Søkeren er ${age} år og under aldersgrensen på ${rule.years} år.`, `Søkjaren er ${age} år og under aldersgrensa på ${rule.years} år.`, `The applicant is ${age}, below the age limit of ${rule.years}.`),
    values,
  );
}

/** The applicant's ground of residence is one the rule accepts. */
export function checkLawfulResidence(rule: LawfulResidenceRule, facts: EligibilityFacts): CheckResult {
  const status = facts.residenceStatus;
  if (status === undefined) return missing(['residenceStatus']);
  const label = RESIDENCE_STATUS_LABELS[status];
  const values = { residenceStatus: status };
  if (rule.accepted.includes(status)) {
    return met(
      text(`Oppholdsgrunnlaget (${label.nb}) gir lovlig opphold etter reglene.`, `Opphaldsgrunnlaget (${label.nn}) gir lovleg opphald etter reglane.`, `The ground of residence (${label.en}) counts as lawful residence under the rules.`),
      values,
    );
  }
  const accepted = localize((l) => joinAlternatives(rule.accepted.map((s) => RESIDENCE_STATUS_LABELS[s][l]), l));
  return notMet(
    text(
      `Oppholdsgrunnlaget (${label.nb}) er ikke godkjent. Godkjent grunnlag er ${accepted.nb}.`,
      `Opphaldsgrunnlaget (${label.nn}) er ikkje godkjent. Godkjent grunnlag er ${accepted.nn}.`,
      `The ground of residence (${label.en}) is not accepted. Accepted: ${accepted.en}.`,
    ),
    values,
  );
}

/**
 * The applicant has been registered in the municipality for at least `rule.months` whole months
 * (exactly that many passes); refugees settled for the first time pass when the rule exempts them.
 * `residentSince` wins over `residenceMonths`.
 */
export function checkResidenceDuration(rule: ResidenceDurationRule, facts: EligibilityFacts, ctx: CheckContext): CheckResult {
  const exempt = rule.exemptRefugeesFirstSettlement && facts.refugeeFirstSettlement === true;
  if (exempt) {
    return met(
      text(
        'Søkeren er flyktning som bosettes for første gang, og er unntatt kravet om botid.',
        'Søkjaren er flyktning som blir busett for første gong, og er unnateken frå kravet om butid.',
        'The applicant is a refugee settled for the first time and is exempt from the residence requirement.',
      ),
      { refugeeFirstSettlement: true, requiredMonths: rule.months },
    );
  }
  const months = facts.residentSince !== undefined ? Math.max(0, wholeMonthsBetween(facts.residentSince, ctx.date)) : facts.residenceMonths;
  if (months === undefined) return missing(['residentSince|residenceMonths']);
  const values = { residenceMonths: months, requiredMonths: rule.months };
  if (months >= rule.months) {
    return met(
      text(
        `Søkeren har bodd ${months} måneder i kommunen (krav: ${rule.months}).`,
        `Søkjaren har budd ${months} månader i kommunen (krav: ${rule.months}).`,
        `The applicant has lived in the municipality for ${months} months (required: ${rule.months}).`,
      ),
      values,
    );
  }
  if (rule.exemptRefugeesFirstSettlement && facts.refugeeFirstSettlement === undefined) {
    return missing(['refugeeFirstSettlement'], values);
  }
  return notMet(
    text(
      `Søkeren har bodd ${months} måneder i kommunen; kravet er ${rule.months}.`,
      `Søkjaren har budd ${months} månader i kommunen; kravet er ${rule.months}.`,
      `The applicant has lived in the municipality for ${months} months; ${rule.months} are required.`,
    ),
    values,
  );
}
