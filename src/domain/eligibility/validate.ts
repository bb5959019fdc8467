/**
 * Integrity of a rule set, for the built-in sets (tested) and for sets an admin edits and the
 * database stores: the service rejects a set with problems before saving it.
 */
import { isIsoDate } from './calendar.js';
import { HOUSING_SITUATIONS, LANGUAGES, RESIDENCE_STATUSES, type LocalizedText, type Rule, type RuleSet, type RuleSource } from './types.js';

/** One problem: where (`rules.2.bands.0.maxG`) and a stable code. */
export interface RuleSetProblem {
  readonly path: string;
  readonly code: 'required' | 'invalid_format' | 'invalid_value' | 'duplicate' | 'unknown_value' | 'unknown_kind';
}

const isWhole = (n: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

const filled = (s: unknown): boolean => typeof s === 'string' && s.trim() !== '';

function checkText(value: LocalizedText | undefined, path: string, out: RuleSetProblem[]): void {
  for (const l of LANGUAGES) if (!filled(value?.[l])) out.push({ path: `${path}.${l}`, code: 'required' });
}

function checkSource(source: RuleSource | undefined, path: string, out: RuleSetProblem[]): void {
  if (!filled(source?.document)) out.push({ path: `${path}.document`, code: 'required' });
}

function checkEnumList(list: readonly string[], known: readonly string[], path: string, out: RuleSetProblem[]): void {
  if (list.length === 0) out.push({ path, code: 'required' });
  list.forEach((v, i) => {
    if (!known.includes(v)) out.push({ path: `${path}.${i}`, code: 'unknown_value' });
    if (list.indexOf(v) !== i) out.push({ path: `${path}.${i}`, code: 'duplicate' });
  });
}

/** Checks the parameters of one rule kind. Exhaustive over {@link Rule}. */
function checkParameters(rule: Rule, p: string, out: RuleSetProblem[]): void {
  const invalid = (field: string): void => {
    out.push({ path: `${p}.${field}`, code: 'invalid_value' });
  };
  switch (rule.kind) {
    case 'minAge':
      if (!isWhole(rule.years, 0, 120)) invalid('years');
      return;
    case 'lawfulResidence':
      return checkEnumList(rule.accepted, RESIDENCE_STATUSES, `${p}.accepted`, out);
    case 'residenceDuration':
      if (!isWhole(rule.months, 0, 1200)) invalid('months');
      return;
    case 'housingSituation':
      checkEnumList(rule.accepted, HOUSING_SITUATIONS, `${p}.accepted`, out);
      // Having a suitable dwelling is the one situation that never qualifies.
      if (rule.accepted.includes('own_suitable_dwelling')) invalid('accepted');
      return;
    case 'unableToObtainHousing':
    case 'canMeetLeaseTerms':
    case 'debtToMunicipality':
      return;
    case 'incomeCeiling':
      if (rule.bands.length === 0) out.push({ path: `${p}.bands`, code: 'required' });
      rule.bands.forEach((b, i) => {
        const previous = rule.bands[i - 1];
        const sizeOk = i === 0 ? b.householdSize === 1 : isWhole(b.householdSize, 2) && previous !== undefined && b.householdSize > previous.householdSize;
        if (!sizeOk) invalid(`bands.${i}.householdSize`);
        if (!(typeof b.maxG === 'number' && Number.isFinite(b.maxG) && b.maxG > 0)) invalid(`bands.${i}.maxG`);
      });
      if (rule.excludeMembersUnder !== undefined && !isWhole(rule.excludeMembersUnder, 1, 120)) invalid('excludeMembersUnder');
      return;
    case 'evictionQuarantine':
      if (!isWhole(rule.months, 1, 1200)) invalid('months');
      return;
    default: {
      const _unhandled: never = rule;
      out.push({ path: `${p}.kind`, code: 'unknown_kind' });
    }
  }
}

/**
 * Problems in a rule set (empty when it is usable): missing texts in any language, missing
 * sources, invalid dates and numbers, duplicate rule ids, unknown enum values and rule kinds.
 */
export function validateRuleSet(ruleSet: RuleSet): RuleSetProblem[] {
  const out: RuleSetProblem[] = [];
  if (!filled(ruleSet.id)) out.push({ path: 'id', code: 'required' });
  if (!/^\d{4}$/.test(ruleSet.municipality)) out.push({ path: 'municipality', code: 'invalid_format' });
  if (!isWhole(ruleSet.version, 1)) out.push({ path: 'version', code: 'invalid_value' });
  if (!isIsoDate(ruleSet.effectiveFrom)) out.push({ path: 'effectiveFrom', code: 'invalid_format' });
  if (!isWhole(ruleSet.validityMonths, 1, 120)) out.push({ path: 'validityMonths', code: 'invalid_value' });
  checkSource(ruleSet.source, 'source', out);
  if (ruleSet.rules.length === 0) out.push({ path: 'rules', code: 'required' });

  const ids = new Set<string>();
  ruleSet.rules.forEach((rule, i) => {
    const p = `rules.${i}`;
    if (!filled(rule.id)) out.push({ path: `${p}.id`, code: 'required' });
    else if (ids.has(rule.id)) out.push({ path: `${p}.id`, code: 'duplicate' });
    ids.add(rule.id);
    checkText(rule.title, `${p}.title`, out);
    checkSource(rule.source, `${p}.source`, out);
    if (typeof rule.overridable !== 'boolean') out.push({ path: `${p}.overridable`, code: 'required' });
    checkParameters(rule, p, out);
  });
  return out;
}
