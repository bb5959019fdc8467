import { INDICATORS } from '../indicators/definitions.js';

/**
 * The other key figures of the quarterly report (domain.md § 10.4 item 2) shown after the plan's
 * goals, whether or not the plan sets a target for them: applications in and out, the days to
 * a decision and the cases past a month without a preliminary reply, the waiting list (with its
 * length by dwelling size), vacancy days, evictions, temporary accommodation with children and
 * over three months, Housing First housed and retained, rent-to-own and appeals.
 */
const BASE = [
  'applications.new_received',
  'applications.new_approved',
  'applications.new_refused',
  'applications.new_refusal_share',
  'cases.median_days_to_decision',
  'cases.preliminary_reply_overdue',
  'waiting.households',
  'waiting.median_days',
  'stock.vacancy_days',
  'evictions.requested',
  'evictions.carried_out',
  'temporary.children_households_during',
  'temporary.over_3_months_households',
  'housing_first.housed',
  'rent_to_own.moved_to_owned',
  'appeals.received',
  'appeals.changed_share',
] as const;

/** The ids in report order: each base figure followed by its breakdown (the waiting list by size, retention at 6/12 months). */
export const EXTRA_INDICATOR_IDS: readonly string[] = (() => {
  const known = new Set(INDICATORS.map((d) => d.id));
  const out: string[] = [];
  for (const id of BASE) {
    if (known.has(id)) out.push(id);
    if (id === 'waiting.households') out.push(...INDICATORS.filter((d) => d.parent === 'waiting.households').map((d) => d.id));
    if (id === 'housing_first.housed') out.push(...INDICATORS.filter((d) => d.id.startsWith('housing_first.retained_')).map((d) => d.id));
  }
  return out;
})();
