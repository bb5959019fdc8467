import type { IsoDate } from '../deadlines/calendar.js';
import { findFidelityScale, type FidelityDomainId, type FidelityScale } from './fidelity-scale.js';

/**
 * Scoring a Housing First fidelity self-assessment (fidelity-scale.ts): every item scored with a
 * whole number from the scale's min to max (1–4); a domain's score is the mean of its items; the
 * total is the mean of all items [I: the published scale reports a sum (38–152); a mean keeps
 * the 1–4 range the cut-offs are stated in]. Means are rounded to two decimals (half up).
 * Pure: the service stores the item scores and computes the rest on read.
 */

export type FidelityProblemCode = 'required' | 'invalid_value' | 'unknown_item';

/** A problem with one score, at the path of the request body (`scores.<itemId>`). */
export interface FidelityProblem {
  readonly path: string;
  readonly code: FidelityProblemCode;
}

/**
 * Every problem with `scores` at once: an item without a score (`required`), a score that is not
 * a whole number from min to max (`invalid_value`), an id not in the scale (`unknown_item`).
 */
export function validateFidelityScores(scale: FidelityScale, scores: Readonly<Record<string, unknown>>): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const known = new Set<string>();
  for (const domain of scale.domains) {
    for (const { id } of domain.items) {
      known.add(id);
      const value = scores[id];
      if (value === undefined || value === null) problems.push({ path: `scores.${id}`, code: 'required' });
      else if (typeof value !== 'number' || !Number.isInteger(value) || value < scale.min || value > scale.max) problems.push({ path: `scores.${id}`, code: 'invalid_value' });
    }
  }
  for (const id of Object.keys(scores)) if (!known.has(id)) problems.push({ path: `scores.${id}`, code: 'unknown_item' });
  return problems;
}

export type FidelityBand = 'high' | 'moderate' | 'low';

export interface FidelityDomainScore {
  readonly id: FidelityDomainId;
  readonly score: number;
  readonly items: number;
}

export interface FidelityResult {
  readonly scaleVersion: string;
  readonly domains: readonly FidelityDomainScore[];
  readonly total: number;
  readonly band: FidelityBand;
}

/** The mean of whole-number scores to two decimals, half up (exact: the sum is an integer). */
function mean2(sum: number, count: number): number {
  return Math.round((sum * 100) / count) / 100;
}

export function bandOf(scale: FidelityScale, score: number): FidelityBand {
  return score >= scale.bands.high ? 'high' : score < scale.bands.low ? 'low' : 'moderate';
}

/** Domain scores, total and band. @throws RangeError when the scores do not pass validateFidelityScores. */
export function scoreFidelity(scale: FidelityScale, scores: Readonly<Record<string, number>>): FidelityResult {
  const problems = validateFidelityScores(scale, scores);
  if (problems.length > 0) throw new RangeError(`invalid fidelity scores: ${problems.map((p) => `${p.path} ${p.code}`).join(', ')}`);
  let sum = 0;
  let count = 0;
  const domains = scale.domains.map((domain) => {
    const domainSum = domain.items.reduce((acc, i) => acc + (scores[i.id] ?? 0), 0);
    sum += domainSum;
    count += domain.items.length;
    return { id: domain.id, score: mean2(domainSum, domain.items.length), items: domain.items.length };
  });
  const total = mean2(sum, count);
  return { scaleVersion: scale.version, domains, total, band: bandOf(scale, total) };
}

export interface StoredAssessment {
  readonly id: string;
  readonly assessedOn: IsoDate;
  readonly scaleVersion: string;
  readonly scores: Readonly<Record<string, number>>;
}

export interface AssessmentWithChange extends FidelityResult {
  readonly id: string;
  readonly assessedOn: IsoDate;
  /** Change since the previous assessment with the same scale, per domain and in total; null for the first (or after a new scale version). */
  readonly change: { readonly domains: Readonly<Partial<Record<FidelityDomainId, number>>>; readonly total: number } | null;
}

const diff2 = (a: number, b: number): number => Math.round((a - b) * 100) / 100;

/**
 * The history oldest first, each with its scores and the change since the one before it.
 * Assessments with an unknown scale version are left out.
 */
export function fidelityHistory(assessments: readonly StoredAssessment[]): AssessmentWithChange[] {
  const sorted = [...assessments].sort((a, b) => (a.assessedOn < b.assessedOn ? -1 : a.assessedOn > b.assessedOn ? 1 : a.id < b.id ? -1 : 1));
  const out: AssessmentWithChange[] = [];
  for (const a of sorted) {
    const scale = findFidelityScale(a.scaleVersion);
    if (!scale) continue;
    const result = scoreFidelity(scale, a.scores);
    const previous = out.at(-1);
    const change =
      previous && previous.scaleVersion === result.scaleVersion
        ? {
            domains: Object.fromEntries(result.domains.map((d) => [d.id, diff2(d.score, previous.domains.find((p) => p.id === d.id)?.score ?? d.score)])),
            total: diff2(result.total, previous.total),
          }
        : null;
    out.push({ id: a.id, assessedOn: a.assessedOn, ...result, change });
  }
  return out;
}
