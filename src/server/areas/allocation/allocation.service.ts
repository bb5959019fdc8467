import { createHash, randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { overrideBodySchema, replaySchema, RoundDto, roundListSchema, sendOffersBodySchema, WaitingEntry, waitingListSchema, waitingQuerySchema } from '../../../contracts/allocation.js';
import { CANONICAL_ROUND_FORMAT, canonicalRoundInput, stableStringify } from '../../../domain/allocation/canonical.js';
import { MIN_OVERRIDE_REASON_LENGTH } from '../../../domain/allocation/priority.js';
import { buildQueue } from '../../../domain/allocation/queue.js';
import { runAllocationRound } from '../../../domain/allocation/round.js';
import type { RoundInput, RoundResult } from '../../../domain/allocation/round-types.js';
import { assessSuitability } from '../../../domain/allocation/suitability.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import { inTransaction, todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertAllocation } from './allocation.policy.js';
import * as repo from './allocation.repo.js';
import { housingFirstChoicesFor } from '../housing-first/participants.service.js';
import { expireOffersIn, mapOfferConstraint, sendOfferIn } from './offers.service.js';
import { childrenAges, inRound, ruleSetsFor, toDwellingFacts, toOccupancy, toRoundHousehold } from './round-input.js';

/**
 * The waiting list and the allocation round (tildelingsmøtet). Every round is stored exactly as
 * it ran — canonical input, its SHA-256, seed, rule versions, result — and can be replayed
 * (docs/adr/0013). Offers go out only for what the caseworkers chose, all or none.
 */

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The round input from its stored canonical text ({ format, input }). */
function storedInput(text: string): RoundInput {
  const parsed = JSON.parse(text) as { format?: unknown; input?: RoundInput };
  if (parsed.format !== CANONICAL_ROUND_FORMAT || parsed.input === undefined) throw new Error(`unknown stored round format ${String(parsed.format)}`);
  return parsed.input;
}

/** Buildings where the persons a household must avoid live today (a safety exclusion). */
async function avoidBuildingsOf(tx: Tx, municipalityId: number, rows: readonly repo.WaitingRow[], today: string): Promise<Map<string, string[]>> {
  const wanted = new Map<string, string[]>();
  for (const r of rows) {
    const ids = ((r.application.safety as { avoidPersonIds?: string[] } | undefined)?.avoidPersonIds ?? []).filter((id) => typeof id === 'string');
    if (ids.length > 0) wanted.set(r.caseId, ids);
  }
  if (wanted.size === 0) return new Map();
  const buildings = await repo.buildingsOfPersons(tx, municipalityId, [...new Set([...wanted.values()].flat())], today);
  return new Map([...wanted].map(([caseId, ids]) => [caseId, [...new Set(ids.flatMap((id) => buildings.get(id) ?? []))]]));
}

interface Gathered {
  input: RoundInput;
  waiting: repo.WaitingRow[];
  vacancies: repo.VacancyRow[];
}

async function gather(ctx: ServiceContext, tx: Tx, today: string, seed: number): Promise<Gathered> {
  const { municipalityId, kommunenummer } = ctx.actor;
  const waiting = await repo.waitingList(tx, municipalityId, today);
  const vacancies = await repo.vacancies(tx, municipalityId, today);
  const occupancy = toOccupancy(await repo.occupancy(tx, municipalityId, today), await repo.stockCounts(tx, municipalityId, today));
  const avoid = await avoidBuildingsOf(tx, municipalityId, waiting, today);
  const housingFirst = await housingFirstChoicesFor(inTransaction(ctx, tx), waiting.map((w) => w.householdId), today);
  const households = waiting.filter((w) => inRound(w, today)).map((w) => toRoundHousehold(w, today, avoid.get(w.caseId) ?? [], housingFirst.get(w.householdId) ?? null));
  return {
    input: { municipality: kommunenummer, today, seed, rules: ruleSetsFor(kommunenummer, today), households, vacancies: vacancies.map(toDwellingFacts), occupancy },
    waiting,
    vacancies,
  };
}

/** The waiting list in priority order with each household's reasons; those not in rounds last. @throws forbidden. */
export async function getWaitingList(ctx: ServiceContext, query: z.infer<typeof waitingQuerySchema>): Promise<z.infer<typeof waitingListSchema>> {
  assertAllocation(ctx.actor);
  return ctx.transaction(async (tx) => {
    await expireOffersIn(ctx, tx);
    const today = todayOf(ctx);
    const waiting = await repo.waitingList(tx, ctx.actor.municipalityId, today);
    const rules = ruleSetsFor(ctx.actor.kommunenummer, today);
    const households = waiting.map((w) => toRoundHousehold(w, today, [])).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // The queue of the waiting list is drawn with a fixed seed: a tie-break lottery must not move households on every page view.
    const queued = new Map(buildQueue(households, rules.priority, today, 0).map((q) => [q.household.id, q]));
    const considered = new Set(waiting.filter((w) => inRound(w, today)).map((w) => w.caseId));
    const entries: WaitingEntry[] = waiting.map((w) => {
      const q = queued.get(w.caseId)!;
      const bedrooms = (w.decisionContent.dwelling as { bedrooms?: number } | null | undefined)?.bedrooms;
      return {
        caseId: w.caseId,
        caseNumber: w.caseNumber,
        householdId: w.householdId,
        name: `${w.givenName} ${w.familyName}`,
        rentalKind: w.rentalKind,
        needCategory: w.needCategory,
        housingSituation: w.housingSituation,
        persons: Math.max(1, w.members.length),
        children: childrenAges(w, today).length,
        bedroomsApproved: typeof bedrooms === 'number' ? bedrooms : null,
        decidedOn: w.decidedOn,
        validUntil: w.validUntil,
        queuePosition: considered.has(w.caseId) ? q.position : null,
        points: q.priority.points,
        computedPoints: q.priority.computedPoints,
        band: q.priority.band,
        reasons: [...q.reasons] as WaitingEntry['reasons'],
        override: w.overridePoints === null ? null : { points: w.overridePoints, reason: w.overrideReason ?? '' },
        pendingOffer: w.pendingOfferId === null ? null : { offerId: w.pendingOfferId, dwellingId: w.pendingDwellingId! },
        pausedUntil: w.pausedUntil,
      };
    });
    const text = query.q?.toLowerCase();
    const items = entries
      .filter((e) => (query.needCategory ? e.needCategory === query.needCategory : true))
      .filter((e) => (query.band ? e.band === query.band : true))
      .filter((e) => (text ? e.name.toLowerCase().includes(text) || e.caseNumber.toLowerCase().includes(text) : true))
      .sort((a, b) => (a.queuePosition ?? Number.MAX_SAFE_INTEGER) - (b.queuePosition ?? Number.MAX_SAFE_INTEGER) || b.points - a.points || a.caseNumber.localeCompare(b.caseNumber));
    return { today, ruleSet: { id: rules.priority.id, version: rules.priority.version }, total: entries.length, items };
  });
}

/**
 * One household's status and place on the waiting list (for the case page now, the applicant's
 * self-service later): its entry, or not_found when the case is not on the list. Logged as a read.
 */
export async function getWaitingEntry(ctx: ServiceContext, caseId: string): Promise<WaitingEntry & { of: number }> {
  const list = await getWaitingList(ctx, {});
  const entry = list.items.find((e) => e.caseId === caseId);
  if (!entry) throw notFound();
  await ctx.transaction((tx) => logAccess(tx, ctx, { subjectType: 'case', subjectId: caseId, purpose: 'allocation.waiting_list.place' }));
  return { ...entry, of: list.items.filter((e) => e.queuePosition !== null).length };
}

/** Sets (or with points null, removes) a caseworker's priority override with a written reason; audited. */
export async function setPriorityOverride(ctx: ServiceContext, caseId: string, body: z.infer<typeof overrideBodySchema>): Promise<void> {
  assertAllocation(ctx.actor);
  const today = todayOf(ctx);
  const rules = ruleSetsFor(ctx.actor.kommunenummer, today).priority;
  const problems: Array<{ path: string; code: string; messageKey: 'field.allocation.reason_too_short' | 'field.allocation.points_above_max' }> = [];
  if ([...body.reason].length < MIN_OVERRIDE_REASON_LENGTH) problems.push({ path: 'reason', code: 'reason_too_short', messageKey: 'field.allocation.reason_too_short' });
  if (body.points !== null && body.points > rules.override.maxPoints) problems.push({ path: 'points', code: 'points_above_max', messageKey: 'field.allocation.points_above_max' });
  if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
  if (!rules.override.allowed) throw new AppError('rule_violation', 'error.allocation.override_not_allowed');
  await ctx.transaction(async (tx) => {
    const { municipalityId, userId } = ctx.actor;
    if (!(await repo.waitingList(tx, municipalityId, today)).some((w) => w.caseId === caseId)) throw notFound();
    const current = await repo.activeOverride(tx, municipalityId, caseId);
    if (current) await repo.revokeOverride(tx, municipalityId, current.id, userId);
    if (body.points !== null) await repo.insertOverride(tx, { municipalityId, caseId, points: body.points, reason: body.reason, createdBy: userId });
    await recordEvent(tx, ctx, {
      type: body.points === null ? 'priority_override.removed' : 'priority_override.set',
      subjectType: 'case',
      subjectId: caseId,
      reason: body.reason,
      data: { points: body.points, previous: current?.points ?? null },
    });
  });
}

function present(row: NonNullable<Awaited<ReturnType<typeof repo.findRound>>>, input: RoundInput, names: Map<string, Pick<repo.WaitingRow, 'caseNumber' | 'givenName' | 'familyName'>>, vacancies: Map<string, Pick<repo.VacancyRow, 'address' | 'bedrooms' | 'monthlyRent' | 'vacantSince'>>): RoundDto {
  const result = row.result as unknown as RoundResult;
  // The page names each rule by its id; the full sources stay in the stored round (about half the bytes).
  const lean = (reasons: readonly { source?: unknown }[]) => reasons.map(({ source: _source, ...r }) => r);
  const candidate = (c: RoundResult['vacancies'][number]['candidates'][number]) =>
    ({ ...c, caseId: c.householdId, reasons: lean(c.reasons) }) as unknown as RoundDto['vacancies'][number]['candidates'][number];
  return {
    id: row.id,
    runOn: row.runOn,
    seed: row.seed,
    inputHash: row.inputHash,
    ruleVersions: row.ruleVersions,
    objective: row.objective,
    bound: row.bound,
    gap: row.gap,
    optimal: row.optimal,
    solver: result.solver,
    offersSentAt: row.offersSentAt ? row.offersSentAt.toISOString() : null,
    vacancies: result.vacancies.map((v) => {
      const d = vacancies.get(v.vacancyId);
      return {
        dwellingId: v.vacancyId,
        address: d?.address ?? v.vacancyId,
        districtCode: v.districtCode,
        bedrooms: d?.bedrooms ?? input.vacancies.find((x) => x.id === v.vacancyId)?.bedrooms ?? 0,
        monthlyRent: d?.monthlyRent ?? 0,
        vacantSince: d?.vacantSince ?? null,
        proposal: v.proposal ? candidate(v.proposal) : null,
        candidates: v.candidates.map(candidate),
        candidateCount: v.candidateCount,
        passedOver: v.passedOver.map((p) => ({ ...p, caseId: p.householdId, reasons: lean(p.reasons) })) as unknown as RoundDto['vacancies'][number]['passedOver'],
        notes: [...v.notes] as RoundDto['vacancies'][number]['notes'],
        chosenCaseId: row.offersSentAt ? (row.choices[v.vacancyId] ?? null) : null,
      };
    }),
    households: result.households.map((h) => {
      const w = names.get(h.householdId);
      const facts = input.households.find((x) => x.id === h.householdId);
      return {
        caseId: h.householdId,
        caseNumber: w?.caseNumber ?? '',
        name: w ? `${w.givenName} ${w.familyName}` : '',
        queuePosition: h.queuePosition,
        points: h.points,
        band: h.band,
        persons: facts?.persons ?? 1,
      };
    }),
    limits: result.limits.map((l) => ({ id: l.id, kind: l.kind, scope: l.scope, key: l.key, group: l.group, cap: l.cap, alreadyLet: l.alreadyLet, remaining: l.remaining, proposedThisRound: l.proposedThisRound })),
  };
}

async function readRound(ctx: ServiceContext, tx: Tx, id: string): Promise<RoundDto> {
  const { municipalityId } = ctx.actor;
  const row = await repo.findRound(tx, municipalityId, id);
  if (!row) throw notFound();
  const input = storedInput(row.input);
  const names = new Map((await repo.caseNames(tx, municipalityId, input.households.map((h) => h.id))).map((w) => [w.caseId, w]));
  const vacancies = new Map((await repo.dwellingSummaries(tx, municipalityId, input.vacancies.map((v) => v.id))).map((v) => [v.dwellingId, v]));
  return present(row, input, names, vacancies);
}

/**
 * Runs an allocation round over every current vacancy and every household on the waiting list
 * that is not waiting for an answer or paused, stores it as it ran, and returns it. @throws forbidden.
 */
export async function runRound(ctx: ServiceContext): Promise<RoundDto> {
  assertAllocation(ctx.actor);
  return ctx.transaction(async (tx) => {
    await expireOffersIn(ctx, tx);
    const today = todayOf(ctx);
    const seed = randomInt(0, 2 ** 31);
    const { input } = await gather(ctx, tx, today, seed);
    const canonical = canonicalRoundInput(input);
    const result = runAllocationRound(input);
    const id = crypto.randomUUID();
    await repo.insertRound(tx, {
      municipalityId: ctx.actor.municipalityId,
      id,
      runOn: today,
      runBy: ctx.actor.userId,
      seed,
      ruleVersions: result.ruleVersions as unknown as Record<string, unknown>,
      input: canonical,
      inputHash: sha256(canonical),
      result: result as unknown as Record<string, unknown>,
      objective: result.objective,
      bound: result.bound,
      gap: result.gap,
      optimal: result.optimal,
    });
    await recordEvent(tx, ctx, {
      type: 'allocation_round.run',
      subjectType: 'allocation_round',
      subjectId: id,
      data: { households: input.households.length, vacancies: input.vacancies.length, objective: result.objective, optimal: result.optimal, gap: result.gap, inputHash: sha256(canonical), seed },
    });
    return readRound(ctx, tx, id);
  });
}

export async function getRound(ctx: ServiceContext, id: string): Promise<RoundDto> {
  assertAllocation(ctx.actor);
  return ctx.transaction((tx) => readRound(ctx, tx, id));
}

export async function listRounds(ctx: ServiceContext): Promise<z.infer<typeof roundListSchema>> {
  assertAllocation(ctx.actor);
  const rows = await ctx.transaction((tx) => repo.listRounds(tx, ctx.actor.municipalityId, 50));
  return {
    items: rows.map((r) => {
      const result = r.result as unknown as RoundResult;
      return { id: r.id, runOn: r.runOn, vacancies: result.vacancies.length, proposals: result.vacancies.filter((v) => v.proposal !== null).length, optimal: r.optimal, gap: r.gap, offersSentAt: r.offersSentAt ? r.offersSentAt.toISOString() : null };
    }),
  };
}

/** Re-runs a stored round from its stored input: for an appeal or an audit, the same result must come out. */
export async function replayRound(ctx: ServiceContext, id: string): Promise<z.infer<typeof replaySchema>> {
  assertAllocation(ctx.actor);
  const row = await ctx.transaction((tx) => repo.findRound(tx, ctx.actor.municipalityId, id));
  if (!row) throw notFound();
  const input = storedInput(row.input);
  const again = runAllocationRound(input);
  return { inputIntact: sha256(row.input) === row.inputHash, identical: stableStringify(again) === stableStringify(row.result), inputHash: row.inputHash };
}

/**
 * Sends the offers the meeting decided on: for each vacancy of the round the chosen household
 * (any household of the round that passes the hard constraints — the proposal or another), or
 * none. All offers or none: one transaction. @throws validation_failed naming the choice,
 * conflict when a dwelling or household was taken since the round ran.
 */
export async function sendRoundOffers(ctx: ServiceContext, id: string, body: z.infer<typeof sendOffersBodySchema>): Promise<{ sent: number; offerIds: string[] }> {
  assertAllocation(ctx.actor);
  try {
    return await ctx.transaction(async (tx) => {
      const { municipalityId } = ctx.actor;
      const row = await repo.findRound(tx, municipalityId, id);
      if (!row) throw notFound();
      if (row.offersSentAt) throw new AppError('conflict', 'error.allocation.offers_already_sent');
      const input = storedInput(row.input);
      const problems: Array<{ path: string; code: string; messageKey: 'field.allocation.not_in_round' | 'field.allocation.household_twice' | 'field.allocation.not_eligible_for_dwelling' }> = [];
      const seen = new Set<string>();
      body.choices.forEach((c, i) => {
        const dwelling = input.vacancies.find((v) => v.id === c.dwellingId);
        if (!dwelling) return problems.push({ path: `choices.${i}.dwellingId`, code: 'not_in_round', messageKey: 'field.allocation.not_in_round' });
        if (c.caseId === null) return;
        const household = input.households.find((h) => h.id === c.caseId);
        if (!household) return problems.push({ path: `choices.${i}.caseId`, code: 'not_in_round', messageKey: 'field.allocation.not_in_round' });
        if (seen.has(c.caseId)) return problems.push({ path: `choices.${i}.caseId`, code: 'household_twice', messageKey: 'field.allocation.household_twice' });
        seen.add(c.caseId);
        if (!assessSuitability(input.rules.suitability, household, dwelling).feasible) problems.push({ path: `choices.${i}.caseId`, code: 'not_eligible_for_dwelling', messageKey: 'field.allocation.not_eligible_for_dwelling' });
        return undefined;
      });
      if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
      const offerIds: string[] = [];
      for (const c of body.choices) {
        if (c.caseId !== null) offerIds.push(await sendOfferIn(ctx, tx, { dwellingId: c.dwellingId, caseId: c.caseId, roundId: id }));
      }
      await repo.setRoundChoices(tx, municipalityId, id, Object.fromEntries(body.choices.map((c) => [c.dwellingId, c.caseId])), true);
      await recordEvent(tx, ctx, { type: 'allocation_round.offers_sent', subjectType: 'allocation_round', subjectId: id, data: { offers: offerIds.length, choices: body.choices } });
      return { sent: offerIds.length, offerIds };
    });
  } catch (error) {
    throw mapOfferConstraint(error);
  }
}
