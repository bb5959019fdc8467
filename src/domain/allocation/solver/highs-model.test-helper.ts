/**
 * Test and benchmark support: the allocation problem as a CPLEX-LP-format MIP for HiGHS, and
 * reading HiGHS's answer back. Independent of the solver's code on purpose: one binary x_e per
 * edge, each household ≤ 1, each vacancy ≤ 1, each limit ≤ its bound, maximise Σ w_e x_e.
 */
import type { AllocationProblem } from './problem.js';

/** The part of highs-js's one-shot API used here (import('highs').default() resolves to it). */
export interface HighsSolver {
  solve(model: string, options?: Record<string, string | number | boolean>): HighsAnswer;
}

interface HighsAnswer {
  readonly Status: string;
  readonly ObjectiveValue: number;
  readonly Columns: Record<string, { readonly Primal: number }>;
}

const TERMS_PER_LINE = 12;

/** The MIP in LP format; variables are x<edge index>. */
export function toLpModel(problem: AllocationProblem): string {
  const lines: string[] = ['Maximize'];
  const objective = problem.edges.map((e, i) => `${e.weight} x${i}`);
  lines.push(...wrap('obj:', objective.length > 0 ? objective : ['0 x0']));
  lines.push('Subject To');
  const byHousehold: string[][] = Array.from({ length: problem.households }, () => []);
  const byVacancy: string[][] = Array.from({ length: problem.vacancies }, () => []);
  problem.edges.forEach((e, i) => {
    byHousehold[e.household]!.push(`x${i}`);
    byVacancy[e.vacancy]!.push(`x${i}`);
  });
  const row = (name: string, vars: readonly string[], rhs: number): void => {
    if (vars.length === 0) return;
    const wrapped = wrap(`${name}:`, vars);
    wrapped[wrapped.length - 1] += ` <= ${rhs}`;
    lines.push(...wrapped);
  };
  byHousehold.forEach((vars, h) => row(`h${h}`, vars, 1));
  byVacancy.forEach((vars, v) => row(`v${v}`, vars, 1));
  problem.limits.forEach((limit, l) => row(`l${l}`, limit.edges.map((e) => `x${e}`), limit.limit));
  lines.push('Binary');
  const names = problem.edges.length > 0 ? problem.edges.map((_, i) => `x${i}`) : ['x0'];
  for (let i = 0; i < names.length; i += TERMS_PER_LINE) lines.push(` ${names.slice(i, i + TERMS_PER_LINE).join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}

function wrap(head: string, terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i += TERMS_PER_LINE) {
    const chunk = terms.slice(i, i + TERMS_PER_LINE).join(' + ');
    out.push(i === 0 ? ` ${head} ${chunk}` : ` + ${chunk}`);
  }
  return out;
}

export interface HighsResult {
  readonly status: string;
  readonly objective: number;
  /** Edge indices set to 1 in HiGHS's solution. */
  readonly chosenEdges: number[];
}

/**
 * Solves with HiGHS to proven optimality (relative gap 0, absolute gap below one unit of
 * weight) unless options say otherwise.
 */
export function solveWithHighs(highs: HighsSolver, problem: AllocationProblem, options: Record<string, string | number | boolean> = {}): HighsResult {
  const answer = highs.solve(toLpModel(problem), { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-6, ...options });
  const chosenEdges: number[] = [];
  problem.edges.forEach((_, i) => {
    const column = answer.Columns[`x${i}`];
    if (column !== undefined && column.Primal > 0.5) chosenEdges.push(i);
  });
  return { status: answer.Status, objective: answer.ObjectiveValue, chosenEdges };
}
