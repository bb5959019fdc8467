/** Checks about the applicant's housing need: current situation, own attempts and boevne. */
import { HOUSING_SITUATION_LABELS, text } from '../labels.js';
import type { CanMeetLeaseTermsRule, EligibilityFacts, HousingSituationRule, UnableToObtainHousingRule } from '../types.js';
import { type CheckResult, met, missing, notMet } from './check.js';

/** The applicant's current housing is one the rule accepts as «uten egnet bolig». */
export function checkHousingSituation(rule: HousingSituationRule, facts: EligibilityFacts): CheckResult {
  const situation = facts.housingSituation;
  if (situation === undefined) return missing(['housingSituation']);
  const label = HOUSING_SITUATION_LABELS[situation];
  const values = { housingSituation: situation };
  if (rule.accepted.includes(situation)) {
    return met(
      text(
        `Bosituasjon: ${label.nb}. Dette regnes som å være uten egnet bolig.`,
        `Busituasjon: ${label.nn}. Dette blir rekna som å vere utan eigna bustad.`,
        `Housing situation: ${label.en}. This counts as being without a suitable dwelling.`,
      ),
      values,
    );
  }
  return notMet(
    text(
      `Bosituasjon: ${label.nb}. Dette regnes ikke som å være uten egnet bolig etter reglene.`,
      `Busituasjon: ${label.nn}. Dette blir ikkje rekna som å vere utan eigna bustad etter reglane.`,
      `Housing situation: ${label.en}. Under the rules, this does not count as being without a suitable dwelling.`,
    ),
    values,
  );
}

/** The applicant has documented own, unsuccessful attempts to obtain a dwelling. */
export function checkUnableToObtainHousing(_rule: UnableToObtainHousingRule, facts: EligibilityFacts): CheckResult {
  const documented = facts.documentedOwnAttempts;
  if (documented === undefined) return missing(['documentedOwnAttempts']);
  const values = { documentedOwnAttempts: documented };
  return documented
    ? met(
        text(
          'Søkeren har dokumentert egne forsøk på å skaffe bolig uten å lykkes.',
          'Søkjaren har dokumentert eigne forsøk på å skaffe bustad utan å lukkast.',
          'The applicant has documented own, unsuccessful attempts to obtain a dwelling.',
        ),
        values,
      )
    : notMet(
        text(
          'Det er ikke dokumentert at søkeren ikke kan skaffe bolig selv.',
          'Det er ikkje dokumentert at søkjaren ikkje kan skaffe bustad sjølv.',
          'It has not been documented that the applicant cannot obtain a dwelling on their own.',
        ),
        values,
      );
}

/** The caseworker has assessed that the applicant can meet normal lease terms (boevne). */
export function checkCanMeetLeaseTerms(rule: CanMeetLeaseTermsRule, facts: EligibilityFacts): CheckResult {
  const able = facts.canMeetLeaseTerms;
  if (able === undefined) return missing(['canMeetLeaseTerms']);
  const values = { canMeetLeaseTerms: able, withSupport: rule.withSupport };
  if (able) {
    return met(
      rule.withSupport
        ? text(
            'Søkeren er vurdert å kunne overholde vanlige leievilkår, eventuelt med hjelp og oppfølging.',
            'Søkjaren er vurdert å kunne halde vanlege leigevilkår, eventuelt med hjelp og oppfølging.',
            'The applicant is assessed as able to meet normal lease terms, with help and follow-up if needed.',
          )
        : text(
            'Søkeren er vurdert å kunne overholde vanlige leievilkår.',
            'Søkjaren er vurdert å kunne halde vanlege leigevilkår.',
            'The applicant is assessed as able to meet normal lease terms.',
          ),
      values,
    );
  }
  return notMet(
    text(
      'Søkeren er vurdert å ikke kunne overholde vanlige leievilkår (boevne).',
      'Søkjaren er vurdert å ikkje kunne halde vanlege leigevilkår (buevne).',
      'The applicant is assessed as unable to meet normal lease terms.',
    ),
    values,
  );
}
