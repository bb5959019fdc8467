/** What one rule check returns, and the helpers every check shares. */
import type { GrunnbelopTable } from '../../money/grunnbelop.js';
import { factLabel, joinList, localize } from '../labels.js';
import type { LocalizedText, ReasonValues } from '../types.js';

export interface CheckContext {
  /** Evaluation date, ISO. */
  readonly date: string;
  readonly grunnbelop: GrunnbelopTable;
}

export interface CheckResult {
  readonly outcome: 'met' | 'not_met' | 'unknown';
  readonly explanation: LocalizedText;
  readonly values: ReasonValues;
  readonly missingFacts: readonly string[];
}

export const met = (explanation: LocalizedText, values: ReasonValues = {}): CheckResult => ({
  outcome: 'met',
  explanation,
  values,
  missingFacts: [],
});

export const notMet = (explanation: LocalizedText, values: ReasonValues = {}): CheckResult => ({
  outcome: 'not_met',
  explanation,
  values,
  missingFacts: [],
});

/**
 * The rule cannot be decided yet: names each missing fact so the caseworker knows what to
 * collect. Paths are fact names (`residenceStatus`), member fields (`household[0].age`) or
 * alternatives (`birthDate|age`).
 */
export function missing(paths: readonly string[], values: ReasonValues = {}): CheckResult {
  const explanation = localize((l) => {
    const what = joinList(paths.map((p) => factLabel(p, l)), l);
    return {
      nb: `Kan ikke vurderes ennå: mangler opplysning om ${what}. Innhent dette før vedtak.`,
      nn: `Kan ikkje vurderast enno: manglar opplysning om ${what}. Hent inn dette før vedtak.`,
      en: `Cannot be assessed yet: missing fact: ${what}. Collect it before deciding.`,
    }[l];
  });
  return { outcome: 'unknown', explanation, values, missingFacts: paths };
}
