import { describe, expect, it } from 'vitest';
import { diffSnapshots, type PlanSnapshot } from './revision-diff.js';

const base: PlanSnapshot = {
  title: 'Boligsosial handlingsplan 2025–2028',
  fromYear: 2025,
  toYear: 2028,
  status: 'draft',
  adoptedOn: null,
  adoptedRef: null,
  goals: [
    {
      id: 'g1',
      position: 1,
      title: 'Færre i midlertidig botilbud',
      description: '',
      measures: [{ id: 'm1', position: 1, title: 'Kartlegge', owner: 'Boligkontoret', deadline: '2025-06-30', status: 'planned', note: '' }],
    },
    { id: 'g2', position: 2, title: 'Kortere venteliste', description: 'Ventetid', measures: [] },
  ],
  targets: [{ indicatorId: 'waiting.households', year: 2025, goalId: 'g2', direction: 'at_most', target: 40, tolerance: 5 }],
  quotas: [{ groupKey: 'disabled', sharePercent: 10, minUnits: 20 }],
};

describe('diffSnapshots', () => {
  it('finds nothing between equal snapshots', () => {
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it('treats the first revision as everything added', () => {
    const diff = diffSnapshots(null, base);
    expect(diff.map((d) => [d.kind, d.change, d.key])).toEqual([
      ['plan', 'added', 'plan'],
      ['goal', 'added', 'g1'],
      ['goal', 'added', 'g2'],
      ['measure', 'added', 'm1'],
      ['target', 'added', 'waiting.households@2025'],
      ['quota', 'added', 'disabled'],
    ]);
    expect(diff[0]!.fields).toContainEqual({ field: 'title', before: null, after: 'Boligsosial handlingsplan 2025–2028' });
  });

  it('lists changed fields only, with before and after', () => {
    const after: PlanSnapshot = {
      ...base,
      status: 'adopted',
      adoptedOn: '2025-02-12',
      adoptedRef: 'PS 12/25',
      goals: [{ ...base.goals[0]!, title: 'Færre husstander i midlertidig botilbud', measures: [{ ...base.goals[0]!.measures[0]!, status: 'done' }] }, base.goals[1]!],
      targets: [{ ...base.targets[0]!, target: 35 }],
    };
    const diff = diffSnapshots(base, after);
    expect(diff).toEqual([
      {
        kind: 'plan',
        change: 'changed',
        key: 'plan',
        label: base.title,
        fields: [
          { field: 'status', before: 'draft', after: 'adopted' },
          { field: 'adoptedOn', before: null, after: '2025-02-12' },
          { field: 'adoptedRef', before: null, after: 'PS 12/25' },
        ],
      },
      { kind: 'goal', change: 'changed', key: 'g1', label: 'Færre husstander i midlertidig botilbud', goalId: 'g1', fields: [{ field: 'title', before: 'Færre i midlertidig botilbud', after: 'Færre husstander i midlertidig botilbud' }] },
      { kind: 'measure', change: 'changed', key: 'm1', label: 'Kartlegge', goalId: 'g1', fields: [{ field: 'status', before: 'planned', after: 'done' }] },
      { kind: 'target', change: 'changed', key: 'waiting.households@2025', label: 'waiting.households 2025', fields: [{ field: 'target', before: 40, after: 35 }] },
    ]);
  });

  it('reports removals after additions, with the removed values', () => {
    const after: PlanSnapshot = {
      ...base,
      goals: [base.goals[0]!, { id: 'g3', position: 2, title: 'Housing First', description: '', measures: [] }],
      quotas: [],
    };
    const diff = diffSnapshots(base, after);
    expect(diff.map((d) => [d.kind, d.change, d.key])).toEqual([
      ['goal', 'added', 'g3'],
      ['goal', 'removed', 'g2'],
      ['quota', 'removed', 'disabled'],
    ]);
    expect(diff.find((d) => d.key === 'g2')!.fields).toContainEqual({ field: 'title', before: 'Kortere venteliste', after: null });
  });
});
