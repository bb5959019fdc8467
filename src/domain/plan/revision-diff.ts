/**
 * An action plan as it stood after a change (the snapshot stored in action_plan_revision) and
 * the difference between two of them (issue 7 § 2): what was added, removed or changed among the
 * plan's own fields, its goals, measures, targets and quotas. Pure; the web renders the entries.
 */

export type PlanStatus = 'draft' | 'adopted' | 'archived';
export type MeasureStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';

export interface MeasureSnapshot {
  readonly id: string;
  readonly position: number;
  readonly title: string;
  readonly owner: string;
  readonly deadline: string | null;
  readonly status: MeasureStatus;
  readonly note: string;
}

export interface GoalSnapshot {
  readonly id: string;
  readonly position: number;
  readonly title: string;
  readonly description: string;
  readonly measures: readonly MeasureSnapshot[];
}

export interface TargetSnapshot {
  readonly indicatorId: string;
  readonly year: number;
  readonly goalId: string | null;
  readonly direction: 'at_most' | 'at_least';
  readonly target: number;
  readonly tolerance: number;
}

export interface QuotaSnapshot {
  readonly groupKey: string;
  readonly sharePercent: number;
  readonly minUnits: number;
}

export interface PlanSnapshot {
  readonly title: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly status: PlanStatus;
  readonly adoptedOn: string | null;
  readonly adoptedRef: string | null;
  readonly goals: readonly GoalSnapshot[];
  readonly targets: readonly TargetSnapshot[];
  readonly quotas: readonly QuotaSnapshot[];
}

export type DiffKind = 'plan' | 'goal' | 'measure' | 'target' | 'quota';
export type DiffChange = 'added' | 'removed' | 'changed';
export type DiffValue = string | number | boolean | null;

export interface FieldChange {
  readonly field: string;
  readonly before: DiffValue;
  readonly after: DiffValue;
}

export interface DiffEntry {
  readonly kind: DiffKind;
  readonly change: DiffChange;
  /** Stable key: the goal's or measure's id, `indicatorId@year`, the quota's group, `plan`. */
  readonly key: string;
  /** What to call it: the title (the newer one when changed), the indicator id and year, the group key. */
  readonly label: string;
  /** For a goal: the goal it is; for a measure: its goal's id (the newer). */
  readonly goalId?: string;
  /** Changed fields only (for `changed`); every field for `added`/`removed`. */
  readonly fields: readonly FieldChange[];
}

const PLAN_FIELDS = ['title', 'fromYear', 'toYear', 'status', 'adoptedOn', 'adoptedRef'] as const;
const GOAL_FIELDS = ['title', 'description', 'position'] as const;
const MEASURE_FIELDS = ['title', 'owner', 'deadline', 'status', 'note', 'goalId'] as const;
const TARGET_FIELDS = ['goalId', 'direction', 'target', 'tolerance'] as const;
const QUOTA_FIELDS = ['sharePercent', 'minUnits'] as const;

type Flat = Readonly<Record<string, DiffValue>>;

function fieldChanges(before: Flat | undefined, after: Flat | undefined, fields: readonly string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    if (before && after && b === a) continue;
    out.push({ field, before: before ? b : null, after: after ? a : null });
  }
  return out;
}

interface Keyed {
  readonly key: string;
  readonly label: string;
  readonly goalId?: string;
  readonly flat: Flat;
}

function compare(kind: DiffKind, before: readonly Keyed[], after: readonly Keyed[], fields: readonly string[]): DiffEntry[] {
  const out: DiffEntry[] = [];
  const old = new Map(before.map((k) => [k.key, k]));
  const seen = new Set<string>();
  for (const item of after) {
    seen.add(item.key);
    const prev = old.get(item.key);
    const goal = item.goalId === undefined ? {} : { goalId: item.goalId };
    if (!prev) {
      out.push({ kind, change: 'added', key: item.key, label: item.label, ...goal, fields: fieldChanges(undefined, item.flat, fields) });
      continue;
    }
    const changes = fieldChanges(prev.flat, item.flat, fields);
    if (changes.length > 0) out.push({ kind, change: 'changed', key: item.key, label: item.label, ...goal, fields: changes });
  }
  for (const item of before) {
    if (seen.has(item.key)) continue;
    const goal = item.goalId === undefined ? {} : { goalId: item.goalId };
    out.push({ kind, change: 'removed', key: item.key, label: item.label, ...goal, fields: fieldChanges(item.flat, undefined, fields) });
  }
  return out;
}

const goalsOf = (s: PlanSnapshot): Keyed[] =>
  s.goals.map((g) => ({ key: g.id, label: g.title, goalId: g.id, flat: { title: g.title, description: g.description, position: g.position } }));

const measuresOf = (s: PlanSnapshot): Keyed[] =>
  s.goals.flatMap((g) =>
    g.measures.map((m) => ({ key: m.id, label: m.title, goalId: g.id, flat: { title: m.title, owner: m.owner, deadline: m.deadline, status: m.status, note: m.note, goalId: g.id } })),
  );

export const targetKey = (t: Pick<TargetSnapshot, 'indicatorId' | 'year'>): string => `${t.indicatorId}@${t.year}`;

const targetsOf = (s: PlanSnapshot): Keyed[] =>
  s.targets.map((t) => ({ key: targetKey(t), label: `${t.indicatorId} ${t.year}`, flat: { goalId: t.goalId, direction: t.direction, target: t.target, tolerance: t.tolerance } }));

const quotasOf = (s: PlanSnapshot): Keyed[] => s.quotas.map((q) => ({ key: q.groupKey, label: q.groupKey, flat: { sharePercent: q.sharePercent, minUnits: q.minUnits } }));

/**
 * What changed from `before` to `after`, in the order plan, goals, measures, targets, quotas
 * (within each: the newer snapshot's order, then what was removed). With `before` null (the
 * first revision) everything in `after` is added. Identical snapshots give no entries.
 */
export function diffSnapshots(before: PlanSnapshot | null, after: PlanSnapshot): DiffEntry[] {
  const plan = (s: PlanSnapshot): Keyed[] => [{ key: 'plan', label: s.title, flat: Object.fromEntries(PLAN_FIELDS.map((f) => [f, s[f]])) }];
  const empty: PlanSnapshot = { ...after, goals: [], targets: [], quotas: [] };
  const b = before ?? empty;
  return [
    ...(before ? compare('plan', plan(before), plan(after), PLAN_FIELDS) : compare('plan', [], plan(after), PLAN_FIELDS)),
    ...compare('goal', goalsOf(b), goalsOf(after), GOAL_FIELDS),
    ...compare('measure', measuresOf(b), measuresOf(after), MEASURE_FIELDS),
    ...compare('target', targetsOf(b), targetsOf(after), TARGET_FIELDS),
    ...compare('quota', quotasOf(b), quotasOf(after), QUOTA_FIELDS),
  ];
}
