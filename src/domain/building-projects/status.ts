/**
 * The life of a zoning plan (reguleringsplan) or building project (byggeprosjekt) as the municipality
 * follows it against the social-housing action plan (issue 7 § 6). Husly's model [I]:
 *
 *   registered → startup_meeting → in_review → approved → under_construction → completed
 *   any open status → cancelled
 *
 * Only the next step forward is allowed (a project cannot skip the start-up meeting's review);
 * completed and cancelled are final.
 */

export const PROJECT_STATUSES = ['registered', 'startup_meeting', 'in_review', 'approved', 'under_construction', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_KINDS = ['zoning_plan', 'building_project'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** The steps in order, without cancelled (for the status steps shown on the project page). */
export const PROJECT_STEPS: readonly ProjectStatus[] = PROJECT_STATUSES.filter((s) => s !== 'cancelled');

export const FINAL_STATUSES: readonly ProjectStatus[] = ['completed', 'cancelled'];

export const isProjectStatus = (value: unknown): value is ProjectStatus => typeof value === 'string' && (PROJECT_STATUSES as readonly string[]).includes(value);

export const isOpen = (status: ProjectStatus): boolean => !FINAL_STATUSES.includes(status);

/** Why a change of status is refused: stable codes, rendered by server and web. */
export type TransitionRefusal = 'same_status' | 'final_status' | 'skips_step' | 'backwards';

export type TransitionResult = { ok: true; to: ProjectStatus } | { ok: false; reason: TransitionRefusal };

/** The statuses a project may move to from `from`. */
export function allowedNext(from: ProjectStatus): ProjectStatus[] {
  if (!isOpen(from)) return [];
  const index = PROJECT_STEPS.indexOf(from);
  const next = PROJECT_STEPS[index + 1];
  return next === undefined ? ['cancelled'] : [next, 'cancelled'];
}

/** Whether the project may move from `from` to `to`, and why not. */
export function transition(from: ProjectStatus, to: ProjectStatus): TransitionResult {
  if (from === to) return { ok: false, reason: 'same_status' };
  if (!isOpen(from)) return { ok: false, reason: 'final_status' };
  if (allowedNext(from).includes(to)) return { ok: true, to };
  return { ok: false, reason: PROJECT_STEPS.indexOf(to) < PROJECT_STEPS.indexOf(from) ? 'backwards' : 'skips_step' };
}
