/**
 * Integrity of priority and suitability rule sets, for the built-in sets (tested) and for sets an
 * admin edits and the database stores: the service rejects a set with problems before saving it,
 * and a round refuses to run on one.
 */
import { NEED_CATEGORIES } from '../cases/case-types.js';
import { isIsoDate } from '../eligibility/calendar.js';
import { HOUSING_SITUATIONS, LANGUAGES } from '../eligibility/types.js';
import type { PriorityRule, PriorityRuleSet } from './priority-types.js';
import type { SuitabilityRuleSet } from './suitability-types.js';
import { type LocalizedText, type RuleSource, SPECIAL_NEED_FLAGS, type VersionedRuleSet } from './types.js';

/** One problem: where (`rules.2.points`) and a stable code. */
export interface AllocationRuleSetProblem {
  readonly path: string;
  readonly code: 'required' | 'invalid_format' | 'invalid_value' | 'duplicate' | 'unknown_value' | 'unknown_kind';
}

type Out = AllocationRuleSetProblem[];

const isWhole = (n: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
const filled = (s: unknown): boolean => typeof s === 'string' && s.trim() !== '';

function checkText(value: LocalizedText | undefined, path: string, out: Out): void {
  for (const l of LANGUAGES) if (!filled(value?.[l])) out.push({ path: `${path}.${l}`, code: 'required' });
}

function checkSource(source: RuleSource | undefined, path: string, out: Out): void {
  if (!filled(source?.document)) out.push({ path: `${path}.document`, code: 'required' });
}

function checkEnumList(list: readonly string[], known: readonly string[], path: string, out: Out, allowEmpty = false): void {
  if (list.length === 0 && !allowEmpty) out.push({ path, code: 'required' });
  list.forEach((v, i) => {
    if (!known.includes(v)) out.push({ path: `${path}.${i}`, code: 'unknown_value' });
    if (list.indexOf(v) !== i) out.push({ path: `${path}.${i}`, code: 'duplicate' });
  });
}

function checkHeader(set: VersionedRuleSet, out: Out): void {
  if (!filled(set.id)) out.push({ path: 'id', code: 'required' });
  if (!/^\d{4}$/.test(set.municipality)) out.push({ path: 'municipality', code: 'invalid_format' });
  if (!isWhole(set.version, 1)) out.push({ path: 'version', code: 'invalid_value' });
  if (!isIsoDate(set.effectiveFrom)) out.push({ path: 'effectiveFrom', code: 'invalid_format' });
  checkSource(set.source, 'source', out);
}

/** Checks the parameters of one priority rule kind. Exhaustive over {@link PriorityRule}. */
function checkPriorityParameters(rule: PriorityRule, p: string, out: Out): void {
  const invalid = (field: string): void => {
    out.push({ path: `${p}.${field}`, code: 'invalid_value' });
  };
  switch (rule.kind) {
    case 'housingSituation':
      checkEnumList(rule.situations, HOUSING_SITUATIONS, `${p}.situations`, out);
      // Having a suitable dwelling never earns priority.
      if (rule.situations.includes('own_suitable_dwelling')) invalid('situations');
      return;
    case 'needCategory':
      return checkEnumList(rule.categories, NEED_CATEGORIES, `${p}.categories`, out);
    case 'children':
      if (!isWhole(rule.maxAge, 0, 17)) invalid('maxAge');
      if (!isWhole(rule.pointsPerChild, 0, 1000)) invalid('pointsPerChild');
      return;
    case 'specialNeeds':
      return checkEnumList(rule.needs, SPECIAL_NEED_FLAGS, `${p}.needs`, out);
    case 'youngApplicant':
      if (!isWhole(rule.maxAge, 18, 120)) invalid('maxAge');
      return checkEnumList(rule.categories, NEED_CATEGORIES, `${p}.categories`, out, true);
    case 'economicallyDisadvantaged':
      return;
    default: {
      const _unhandled: never = rule;
      out.push({ path: `${p}.kind`, code: 'unknown_kind' });
    }
  }
}

/**
 * Problems in a priority rule set (empty when it is usable): header fields, bands that do not
 * descend or leave the base points without a band, rules with unknown kinds, values or bands,
 * and a band on a rule where the set bands by points.
 */
export function validatePriorityRuleSet(set: PriorityRuleSet): AllocationRuleSetProblem[] {
  const out: Out = [];
  checkHeader(set, out);
  if (!isWhole(set.basePoints, 1, 1000)) out.push({ path: 'basePoints', code: 'invalid_value' });
  if (set.banding !== 'by_points' && set.banding !== 'by_rule') out.push({ path: 'banding', code: 'unknown_value' });
  if (set.bands.length === 0) out.push({ path: 'bands', code: 'required' });
  const bandIds = new Set<string>();
  set.bands.forEach((band, i) => {
    const p = `bands.${i}`;
    if (!filled(band.id)) out.push({ path: `${p}.id`, code: 'required' });
    else if (bandIds.has(band.id)) out.push({ path: `${p}.id`, code: 'duplicate' });
    bandIds.add(band.id);
    checkText(band.title, `${p}.title`, out);
    const previous = set.bands[i - 1];
    const last = i === set.bands.length - 1;
    const ok = isWhole(band.minPoints, 1, 100_000) && (previous === undefined || band.minPoints < previous.minPoints) && (!last || set.banding === 'by_rule' || band.minPoints <= set.basePoints);
    if (!ok) out.push({ path: `${p}.minPoints`, code: 'invalid_value' });
  });

  const ids = new Set<string>();
  set.rules.forEach((rule, i) => {
    const p = `rules.${i}`;
    if (!filled(rule.id)) out.push({ path: `${p}.id`, code: 'required' });
    else if (ids.has(rule.id)) out.push({ path: `${p}.id`, code: 'duplicate' });
    ids.add(rule.id);
    checkText(rule.title, `${p}.title`, out);
    checkSource(rule.source, `${p}.source`, out);
    if (!isWhole(rule.points, 0, 1000)) out.push({ path: `${p}.points`, code: 'invalid_value' });
    if (rule.band !== undefined && (set.banding !== 'by_rule' || !bandIds.has(rule.band))) out.push({ path: `${p}.band`, code: 'invalid_value' });
    checkPriorityParameters(rule, p, out);
  });

  if (set.waitingTime.use !== 'tie_breaker' && set.waitingTime.use !== 'ignored') out.push({ path: 'waitingTime.use', code: 'unknown_value' });
  checkSource(set.waitingTime.source, 'waitingTime.source', out);
  if (typeof set.override.allowed !== 'boolean') out.push({ path: 'override.allowed', code: 'required' });
  if (!isWhole(set.override.maxPoints, 1, 100_000)) out.push({ path: 'override.maxPoints', code: 'invalid_value' });
  checkSource(set.override.source, 'override.source', out);
  return out;
}

/**
 * Problems in a suitability rule set (empty when it is usable): header fields, a bedroom norm
 * that does not start at one person or ascend, weights outside 0–100, and concentration limits
 * without a cap, with unknown need categories, or two for the same scope and group.
 */
export function validateSuitabilityRuleSet(set: SuitabilityRuleSet): AllocationRuleSetProblem[] {
  const out: Out = [];
  checkHeader(set, out);
  const rows = set.bedroomNorm.rows;
  if (rows.length === 0) out.push({ path: 'bedroomNorm.rows', code: 'required' });
  rows.forEach((row, i) => {
    const p = `bedroomNorm.rows.${i}`;
    const previous = rows[i - 1];
    const sizeOk = i === 0 ? row.persons === 1 : isWhole(row.persons, 2, 50) && previous !== undefined && row.persons > previous.persons;
    if (!sizeOk) out.push({ path: `${p}.persons`, code: 'invalid_value' });
    const ordered = isWhole(row.minBedrooms, 0, 20) && isWhole(row.idealBedrooms, 0, 20) && isWhole(row.maxBedrooms, 0, 20);
    if (!ordered || row.minBedrooms > row.idealBedrooms || row.idealBedrooms > row.maxBedrooms) out.push({ path: p, code: 'invalid_value' });
  });
  checkSource(set.bedroomNorm.source, 'bedroomNorm.source', out);
  checkSource(set.sharedHousingWhenUnknown.source, 'sharedHousingWhenUnknown.source', out);
  checkSource(set.staffedReserved.source, 'staffedReserved.source', out);

  const w = set.scores;
  if (!isWhole(w.base, 1, 100)) out.push({ path: 'scores.base', code: 'invalid_value' });
  w.areaWishByRank.forEach((v, i) => {
    if (!isWhole(v, 0, 100)) out.push({ path: `scores.areaWishByRank.${i}`, code: 'invalid_value' });
  });
  for (const field of ['schoolDistrict', 'networkArea', 'housingFirstDwelling', 'housingFirstDistrict', 'idealBedrooms'] as const) {
    if (!isWhole(w[field], 0, 100)) out.push({ path: `scores.${field}`, code: 'invalid_value' });
  }
  checkSource(w.source, 'scores.source', out);

  const ids = new Set<string>();
  const scopes = new Set<string>();
  set.concentrationLimits.forEach((limit, i) => {
    const p = `concentrationLimits.${i}`;
    if (!filled(limit.id)) out.push({ path: `${p}.id`, code: 'required' });
    else if (ids.has(limit.id)) out.push({ path: `${p}.id`, code: 'duplicate' });
    ids.add(limit.id);
    checkText(limit.title, `${p}.title`, out);
    checkSource(limit.source, `${p}.source`, out);
    if (limit.scope !== 'district' && limit.scope !== 'building') out.push({ path: `${p}.scope`, code: 'unknown_value' });
    if (!/^[a-z0-9_]{1,40}$/.test(limit.group)) out.push({ path: `${p}.group`, code: 'invalid_format' });
    // The round names its limits `<scope>:<key>:<group>`, so one cap per scope and group.
    if (scopes.has(`${limit.scope}:${limit.group}`)) out.push({ path: `${p}.group`, code: 'duplicate' });
    scopes.add(`${limit.scope}:${limit.group}`);
    checkEnumList(limit.needCategories, NEED_CATEGORIES, `${p}.needCategories`, out);
    if (limit.maxCount !== null && !isWhole(limit.maxCount, 0, 100_000)) out.push({ path: `${p}.maxCount`, code: 'invalid_value' });
    const shareOk = limit.maxShare === null || (typeof limit.maxShare === 'number' && limit.maxShare >= 0 && limit.maxShare <= 1);
    if (!shareOk) out.push({ path: `${p}.maxShare`, code: 'invalid_value' });
    if (limit.maxCount === null && limit.maxShare === null) out.push({ path: `${p}.maxCount`, code: 'required' });
  });
  return out;
}
