import { and, eq, sql } from 'drizzle-orm';
import { applicationSchema, decisionContentSchema } from '../../contracts/cases.js';
import { addDays, osloDate } from '../../domain/deadlines/calendar.js';
import { BUILT_IN_RULE_SETS } from '../../domain/eligibility/rule-sets/index.js';
import { registerAppeal, reviewAppeal } from '../../server/areas/cases/appeals.service.js';
import { forwardCase, sendPreliminaryReply } from '../../server/areas/cases/case-actions.service.js';
import { sendDecision } from '../../server/areas/cases/decisions.send.js';
import { createDecision } from '../../server/areas/cases/decisions.service.js';
import { evaluateCase } from '../../server/areas/cases/eligibility.service.js';
import { registerIntake } from '../../server/areas/cases/intake.service.js';
import { addNote } from '../../server/areas/cases/notes.service.js';
import { installRuleSet } from '../../server/areas/cases/rule-sets.repo.js';
import type { Actor, ServiceContext } from '../../server/platform/context.js';
import { rows } from '../../server/platform/db.js';
import { housingCase, municipality, staffUser } from '../schema/index.js';
import { DEMO_SCENARIOS, type DemoScenario, type DemoStep } from './demo-cases-data.js';
import type { DemoMunicipality } from './demo-data.js';
import { insertDemoHousehold } from './demo-people.js';
import type { SeedContext, SeedStep } from './seed-context.js';

/**
 * Demo seed steps for the cases area: the built-in eligibility rule sets stored for their
 * municipalities, and Demo kommune's households and cases. The cases are made through the
 * cases services themselves — as the demo caseworker or NAV adviser, on a clock set to each
 * step's day — so case numbers, letters, deadlines and audit events are exactly what the
 * application would have produced.
 */

/** Stores the built-in rule set of the municipality (Demo: Sandnes-style, Nabo: Bergen-style) as its own rows. */
function ruleSetsStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'eligibility rule sets',
    async run(ctx) {
      for (const set of BUILT_IN_RULE_SETS.filter((s) => s.municipality === m.kommunenummer)) {
        await installRuleSet(ctx.tx, ctx.municipalityId, set);
      }
    },
  };
}

async function actorFor(ctx: SeedContext, username: string): Promise<Actor> {
  const [user] = await ctx.tx
    .select({ id: staffUser.id, displayName: staffUser.displayName, role: staffUser.role })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, ctx.municipalityId), eq(staffUser.username, username)));
  const [muni] = await ctx.tx.select({ name: municipality.name }).from(municipality).where(eq(municipality.id, ctx.municipalityId));
  if (!user || !muni) throw new Error(`demo user ${username} missing`);
  return {
    userId: user.id,
    username,
    displayName: user.displayName,
    role: user.role,
    language: 'nb',
    municipalityId: ctx.municipalityId,
    kommunenummer: ctx.kommunenummer,
    municipalityName: muni.name,
    sessionId: 'seed',
    csrfToken: 'seed',
  };
}

/** A service context inside the seed's transaction, with the clock at noon in Norway on `date`. */
function contextOn(ctx: SeedContext, actor: Actor, date: string): ServiceContext {
  const at = new Date(`${date}T11:00:00Z`);
  return { actor, clock: { now: () => at }, requestId: 'demo-seed', transaction: (fn) => fn(ctx.tx) };
}

async function runStep(ctx: SeedContext, actor: Actor, today: string, caseId: string, step: DemoStep, state: { decisionId?: string; appealId?: string }) {
  const on = (daysAgo: number) => contextOn(ctx, actor, addDays(today, -daysAgo));
  switch (step.do) {
    case 'evaluate':
      await evaluateCase(on(step.daysAgo), caseId, { overrides: step.overrides ?? [] }, 'nb');
      return;
    case 'note':
      await addNote(on(step.daysAgo), caseId, { body: step.body, sensitivity: step.sensitivity ?? 'none' });
      return;
    case 'prelim':
      await sendPreliminaryReply(on(step.daysAgo), caseId, { reason: step.reason, expectedBy: addDays(today, step.expectedInDays - step.daysAgo) }, 'nb');
      return;
    case 'decide': {
      const decision = await createDecision(on(step.daysAgo), caseId, { outcome: step.outcome, content: decisionContentSchema.parse(step.content) });
      await sendDecision(on(step.daysAgo), caseId, decision.id);
      state.decisionId = decision.id;
      return;
    }
    case 'appeal': {
      if (!state.decisionId) throw new Error('demo appeal without a decision');
      const ctxOn = on(step.receivedDaysAgo);
      const result = await registerAppeal(ctxOn, caseId, {
        decisionId: state.decisionId,
        submittedOn: addDays(today, -step.submittedDaysAgo),
        receivedOn: addDays(today, -step.receivedDaysAgo),
        grounds: step.grounds,
      });
      state.appealId = result.appeal.id;
      return;
    }
    case 'review':
      if (!state.appealId) throw new Error('demo review without an appeal');
      await reviewAppeal(on(step.daysAgo), state.appealId, {
        outcome: step.outcome,
        note: step.note,
        ...(step.lateAppealAssessment ? { lateAppealAssessment: step.lateAppealAssessment } : {}),
      });
      return;
    case 'forward':
      await forwardCase(on(step.daysAgo), caseId, { unit: step.unit, reason: step.reason }, 'nb');
      return;
  }
}

async function runScenario(ctx: SeedContext, actors: Record<'caseworker' | 'nav', Actor>, today: string, scenario: DemoScenario): Promise<void> {
  const { householdId } = await insertDemoHousehold(ctx.tx, ctx.municipalityId, scenario.household, ctx.rng, today, ctx.today);
  const actor = actors[scenario.by ?? 'caseworker'];
  const receivedOn = addDays(today, -scenario.receivedDaysAgo);
  const intake = await registerIntake(
    contextOn(ctx, actor, receivedOn),
    {
      householdId,
      channel: scenario.channel,
      receivedOn,
      summary: scenario.summary,
      cases: [{ caseType: scenario.caseType, ...(scenario.rentalKind ? { rentalKind: scenario.rentalKind } : {}) }],
      application: applicationSchema.parse({ housingSituation: 'staying_with_friends_family', needCategory: 'other', ...scenario.application }),
    },
    'nb',
  );
  const caseId = intake.cases[0]?.id;
  if (!caseId) throw new Error('demo intake opened no case');
  const state: { decisionId?: string; appealId?: string } = {};
  for (const step of scenario.steps) await runStep(ctx, actor, today, caseId, step, state);
}

/** Demo kommune's households and cases; skipped when the municipality already has cases (idempotent). */
function casesStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'households and cases',
    async run(ctx) {
      if (m.kommunenummer !== '9999') return;
      const [existing] = await rows<{ n: number }>(ctx.tx, sql`select count(*)::int as n from ${housingCase} where municipality_id = ${ctx.municipalityId}`);
      if ((existing?.n ?? 0) > 0) return;
      const today = osloDate(ctx.today);
      const actors = { caseworker: await actorFor(ctx, 'saksbehandler'), nav: await actorFor(ctx, 'nav') };
      // Oldest first, so case numbers follow the order the requests were registered in.
      const ordered = [...DEMO_SCENARIOS].sort((a, b) => b.receivedDaysAgo - a.receivedDaysAgo);
      for (const scenario of ordered) await runScenario(ctx, actors, today, scenario);
    },
  };
}

/** The cases area's demo steps, after the staff users exist. */
export function demoCaseSteps(m: DemoMunicipality): SeedStep[] {
  return [ruleSetsStep(m), casesStep(m)];
}
