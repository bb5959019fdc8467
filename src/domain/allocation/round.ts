/**
 * The allocation round (tildelingsrunde): all current vacancies at once. Priorities and the queue,
 * the hard constraints and scores of every pair, the limits, one optimal matching from the solver,
 * and the explanations — pure and deterministic, so the same input always gives the same result.
 */
import { isIsoDate } from '../eligibility/calendar.js';
import { normalizeRoundInput } from './canonical.js';
import { AllocationError } from './errors.js';
import { buildQueue } from './queue.js';
import { explainRound } from './round-explain.js';
import { buildRoundProblem } from './round-problem.js';
import type { RoundInput, RoundResult } from './round-types.js';
import { solveAllocation } from './solver/solve.js';
import type { SolveOptions } from './solver/problem.js';
import { validatePriorityRuleSet, validateSuitabilityRuleSet } from './validate.js';

/** Candidates listed per vacancy unless the input says otherwise. */
export const DEFAULT_CANDIDATES_PER_VACANCY = 5;
/** Higher-priority households explained per vacancy unless the input says otherwise. */
export const DEFAULT_PASSED_OVER_PER_VACANCY = 10;

const invalid = (message: string): never => {
  throw new AllocationError('invalid_input', message);
};

const isWhole = (n: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

function checkUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') invalid(`a ${what} has no id`);
    if (seen.has(id)) invalid(`${what} ${id} appears twice`);
    seen.add(id);
  }
}

/** Throws AllocationError for a round input that breaks an invariant (see the codes). */
function checkRoundInput(input: RoundInput): void {
  if (!isIsoDate(input.today)) invalid(`today is not an ISO date: ${input.today}`);
  if (!isWhole(input.seed, 0, 0xffffffff)) invalid(`the seed must be an unsigned 32-bit integer, got ${input.seed}`);
  for (const [name, set] of [['priority', input.rules.priority], ['suitability', input.rules.suitability]] as const) {
    if (set.municipality !== input.municipality || set.effectiveFrom > input.today) {
      throw new AllocationError('rule_set_mismatch', `${name} rule set ${set.id} is not ${input.municipality}'s or not in force on ${input.today}`);
    }
  }
  const problems = [...validatePriorityRuleSet(input.rules.priority), ...validateSuitabilityRuleSet(input.rules.suitability)];
  if (problems.length > 0) invalid(`the rule sets have problems: ${problems.map((p) => `${p.path} ${p.code}`).join(', ')}`);

  checkUnique(input.households.map((h) => h.id), 'household');
  checkUnique(input.vacancies.map((v) => v.id), 'vacancy');
  checkUnique(input.occupancy.map((o) => `${o.scope}:${o.key}`), 'occupancy row');
  for (const h of input.households) {
    if (!isWhole(h.persons, 1, 50)) invalid(`household ${h.id}: persons must be a whole number from 1`);
    if (!h.childrenAges.every((age) => isWhole(age, 0, 25)) || h.childrenAges.length >= h.persons) invalid(`household ${h.id}: children do not fit the household`);
  }
  for (const v of input.vacancies) {
    if (!isWhole(v.bedrooms, 0, 20) || (v.floor !== null && !isWhole(v.floor, -5, 200))) invalid(`vacancy ${v.id}: bedrooms or floor out of range`);
  }
  for (const o of input.occupancy) {
    const counts = Object.values(o.letByNeedCategory);
    if (!isWhole(o.totalDwellings, 0) || !counts.every((n) => isWhole(n, 0))) invalid(`occupancy ${o.scope}:${o.key}: counts must be whole numbers from 0`);
  }
  const { candidatesPerVacancy, passedOverPerVacancy } = input.options ?? {};
  if (candidatesPerVacancy !== undefined && !isWhole(candidatesPerVacancy, 0, 1000)) invalid('candidatesPerVacancy out of range');
  if (passedOverPerVacancy !== undefined && !isWhole(passedOverPerVacancy, 0, 1000)) invalid('passedOverPerVacancy out of range');
}

/**
 * Runs one allocation round: for every vacancy the proposed household (or none), the best
 * candidates with why each ranks where it does, and why households ahead in the queue were not
 * proposed; the objective, bound and gap of the matching; the rule versions and the seed.
 * Identical input (in any order of households, vacancies, occupancy rows or set-like lists) gives
 * identical output. Throws AllocationError for invalid input or rule sets (`invalid_input`,
 * `rule_set_mismatch`, `missing_occupancy`, override codes) and RangeError for invalid dates or
 * from the solver (a weight above its maximum, which realistic points and scores never reach).
 */
export function runAllocationRound(raw: RoundInput): RoundResult {
  checkRoundInput(raw);
  const input = normalizeRoundInput(raw);
  const { priority, suitability } = input.rules;

  const queue = buildQueue(input.households, priority, input.today, input.seed);
  const built = buildRoundProblem(queue, input.vacancies, suitability, input.occupancy);
  const { gapTolerance, maxNodes } = input.options ?? {};
  const solveOptions: SolveOptions = { ...(gapTolerance === undefined ? {} : { gapTolerance }), ...(maxNodes === undefined ? {} : { maxNodes }) };
  const solution = solveAllocation(built.problem, solveOptions);

  const explained = explainRound(queue, input.vacancies, built, solution, {
    candidatesPerVacancy: input.options?.candidatesPerVacancy ?? DEFAULT_CANDIDATES_PER_VACANCY,
    passedOverPerVacancy: input.options?.passedOverPerVacancy ?? DEFAULT_PASSED_OVER_PER_VACANCY,
  });

  return {
    municipality: input.municipality,
    today: input.today,
    seed: input.seed,
    ruleVersions: { priority: { id: priority.id, version: priority.version }, suitability: { id: suitability.id, version: suitability.version } },
    objective: solution.objective,
    bound: solution.bound,
    gap: solution.gap,
    optimal: solution.optimal,
    solver: { ...solution.stats },
    ...explained,
  };
}
