import { sql } from 'drizzle-orm';
import type { PlanSnapshot } from '../../domain/plan/revision-diff.js';
import { loadSnapshot } from '../../server/areas/plan/plan.repo.js';
import { rows } from '../../server/platform/db.js';
import { actionPlan, actionPlanGoal, actionPlanMeasure, actionPlanQuota, actionPlanRevision, actionPlanTarget } from '../schema/index.js';
import type { DemoMunicipality } from './demo-data.js';
import type { SeedStep } from './seed-context.js';

/**
 * Demo step for the action plan (issue 7 § 2), Demo kommune only: the adopted «Boligsosial
 * handlingsplan 2025–2028» after Sandnes' plan (fewer households in temporary accommodation, no
 * children there over three months, a shorter waiting list, more from renting to owning, Housing
 * First), with measures, targets for 2025–2028 on real indicator ids, quotas for building projects
 * and four revisions (created, content, adopted, a measure done). The targets are sized to the demo's
 * data so the dashboard shows a mix of statuses. Idempotent: skipped when the municipality has a plan.
 */

const PLAN = { title: 'Boligsosial handlingsplan 2025–2028', fromYear: 2025, toYear: 2028, adoptedOn: '2025-02-12', adoptedRef: 'PS 12/25' };

type Direction = 'at_most' | 'at_least';
interface GoalSeed {
  title: string;
  description: string;
  measures: Array<{ title: string; owner: string; deadline: string; status: 'planned' | 'in_progress' | 'done' | 'cancelled'; note?: string }>;
  targets: Array<{ indicatorId: string; direction: Direction; values: [number, number, number, number]; tolerance: number }>;
}

const GOALS: GoalSeed[] = [
  {
    title: 'Færre husstander i midlertidig botilbud',
    description: 'Midlertidig botilbud skal være kortvarig. Flere skal få en varig bolig raskt.',
    measures: [
      { title: 'Boveileder følger opp alle i midlertidig botilbud hver uke', owner: 'NAV, boligtjenesten', deadline: '2025-06-30', status: 'done' },
      { title: 'Avtale med private utleiere om raskere overgang til fast bolig', owner: 'Boligkontoret', deadline: '2026-06-30', status: 'in_progress' },
    ],
    targets: [{ indicatorId: 'temporary.over_3_months_on_day', direction: 'at_most', values: [10, 9, 8, 7], tolerance: 3 }],
  },
  {
    title: 'Ingen barn over tre måneder i midlertidig botilbud',
    description: 'Barnefamilier skal ikke bo mer enn tre måneder i midlertidig botilbud.',
    measures: [{ title: 'Varsel til leder når en barnefamilie har bodd to måneder i midlertidig botilbud', owner: 'NAV, boligtjenesten', deadline: '2025-09-01', status: 'done' }],
    targets: [{ indicatorId: 'temporary.children_over_3_months_on_day', direction: 'at_most', values: [0, 0, 0, 0], tolerance: 0 }],
  },
  {
    title: 'Kortere venteliste til kommunal bolig',
    description: 'Færre venter, og ventetiden blir kortere.',
    measures: [
      { title: 'Ukentlig tildelingsmøte med boligkontoret og NAV', owner: 'Boligkontoret', deadline: '2025-03-31', status: 'done' },
      { title: 'Kjøpe 20 nye kommunale boliger', owner: 'Eiendom', deadline: '2027-12-31', status: 'in_progress', note: '8 kjøpt per 2026.' },
    ],
    targets: [
      { indicatorId: 'waiting.households', direction: 'at_most', values: [130, 120, 110, 100], tolerance: 10 },
      { indicatorId: 'waiting.median_days', direction: 'at_most', values: [180, 170, 160, 150], tolerance: 30 },
    ],
  },
  {
    title: 'Flere fra leie til eie',
    description: 'Flere leietakere i kommunal bolig skal kjøpe egen bolig med startlån.',
    measures: [{ title: 'Informasjonsmøter om startlån for leietakere', owner: 'Boligkontoret, startlån', deadline: '2026-12-31', status: 'planned' }],
    targets: [{ indicatorId: 'rent_to_own.moved_to_owned', direction: 'at_least', values: [1, 1, 2, 2], tolerance: 1 }],
  },
  {
    title: 'Housing First for dem med lengst bostedsløshet',
    description: 'Varig bolig raskt, med oppfølging fra et team.',
    measures: [{ title: 'Etablere et eget Housing First-team', owner: 'Helse og velferd, ROP-teamet', deadline: '2025-12-31', status: 'done' }],
    targets: [{ indicatorId: 'housing_first.housed', direction: 'at_least', values: [4, 6, 8, 10], tolerance: 2 }],
  },
];

const QUOTAS = [
  { groupKey: 'disabled', sharePercent: 10, minUnits: 20 },
  { groupKey: 'municipal_rental', sharePercent: 5, minUnits: 30 },
  { groupKey: 'rent_to_own', sharePercent: 5, minUnits: 20 },
];

/** The measure whose status changed in the last revision (in progress → done). */
const CHANGED_MEASURE = 'Etablere et eget Housing First-team';

function planStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'action plan',
    async run({ tx, municipalityId }) {
      if (m.kommunenummer !== '9999') return;
      const [existing] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from action_plan where municipality_id = ${municipalityId}`);
      if ((existing?.n ?? 0) > 0) return;
      const [user] = await rows<{ id: string }>(tx, sql`select id from staff_user where municipality_id = ${municipalityId} and username = 'leder'`);
      if (!user) return;
      const at = (day: string) => new Date(`${day}T10:00:00Z`);
      const [plan] = await tx
        .insert(actionPlan)
        .values({ municipalityId, title: PLAN.title, fromYear: PLAN.fromYear, toYear: PLAN.toYear, status: 'adopted', adoptedOn: PLAN.adoptedOn, adoptedRef: PLAN.adoptedRef, revision: 4, createdBy: user.id, createdAt: at('2025-01-06'), updatedAt: at('2025-12-15') })
        .returning();
      const planId = plan!.id;
      for (const [gi, g] of GOALS.entries()) {
        const [goal] = await tx.insert(actionPlanGoal).values({ municipalityId, planId, position: gi + 1, title: g.title, description: g.description }).returning({ id: actionPlanGoal.id });
        await tx.insert(actionPlanMeasure).values(g.measures.map((x, mi) => ({ municipalityId, planId, goalId: goal!.id, position: mi + 1, title: x.title, owner: x.owner, deadline: x.deadline, status: x.status, note: x.note ?? '' })));
        await tx
          .insert(actionPlanTarget)
          .values(g.targets.flatMap((t) => t.values.map((target, yi) => ({ municipalityId, planId, indicatorId: t.indicatorId, year: PLAN.fromYear + yi, goalId: goal!.id, direction: t.direction, target, tolerance: t.tolerance }))));
      }
      await tx.insert(actionPlanQuota).values(QUOTA_ROWS(municipalityId, planId));
      const final = await loadSnapshot(tx, municipalityId, plan!);
      const before: PlanSnapshot = { ...final, goals: final.goals.map((g) => ({ ...g, measures: g.measures.map((x) => (x.title === CHANGED_MEASURE ? { ...x, status: 'in_progress' as const } : x)) })) };
      const draft: PlanSnapshot = { ...before, status: 'draft', adoptedOn: null, adoptedRef: null };
      const created: PlanSnapshot = { ...draft, goals: [], targets: [], quotas: [] };
      const revisions: Array<[string, string, PlanSnapshot]> = [
        ['2025-01-06', `Plan opprettet: ${PLAN.title}`, created],
        ['2025-01-20', 'Mål, tiltak, målverdier og kvoter lagt inn etter høringen', draft],
        ['2025-02-13', `Plan vedtatt ${PLAN.adoptedOn} (${PLAN.adoptedRef})`, before],
        ['2025-12-15', `Tiltak endret: ${CHANGED_MEASURE}`, final],
      ];
      await tx.insert(actionPlanRevision).values(revisions.map(([day, summary, snapshot], i) => ({ municipalityId, planId, revision: i + 1, revisedBy: user.id, revisedAt: at(day), summary, snapshot: { ...snapshot } })));
    },
  };
}

const QUOTA_ROWS = (municipalityId: number, planId: string) => QUOTAS.map((q) => ({ municipalityId, planId, ...q }));

export function demoPlanSteps(m: DemoMunicipality): SeedStep[] {
  return [planStep(m)];
}
