import { and, eq, inArray, sql } from 'drizzle-orm';
import { addDays, compareDates, osloDate } from '../../domain/deadlines/calendar.js';
import type { Rng } from '../../domain/random/rng.js';
import { raiseLongStayTasks } from '../../server/areas/temporary/signals.service.js';
import type { Actor } from '../../server/platform/context.js';
import { rows } from '../../server/platform/db.js';
import { household, householdMember, housingCase, person, staffUser, tempPlace, tempProvider, tempStay } from '../schema/index.js';
import type { DemoMunicipality } from './demo-data.js';
import { demoFnr } from './demo-people.js';
import { assignPlaces, planHouseholds, planProviders, rngUuid, type HouseholdPlan, type ProviderKey, type StayPlan } from './demo-temporary-data.js';
import type { SeedContext, SeedStep } from './seed-context.js';
import { insertJson } from './seed-insert.js';

/**
 * Demo step for temporary accommodation: providers and places, about 210 households a year
 * over two years with their stays, the demo cases' homeless households placed too, and the
 * long-stay tasks raised as the NAV adviser. Households are inserted straight into the people
 * tables in batches (one statement per table, seed-insert.ts) so a fresh start stays fast. Historical
 * stays carry no § 27 case (as if imported from the previous system) — the API requires one
 * for every new stay. Idempotent: skipped when the municipality has a provider.
 */

const GIVEN = ['Anders', 'Bjørn', 'Daniel', 'Espen', 'Geir', 'Hassan', 'Ida', 'Jan', 'Kristin', 'Lars', 'Mona', 'Nora', 'Ola', 'Piotr', 'Rune', 'Sofie', 'Terje', 'Vegard', 'Yasmin', 'Åse', 'Ahmed', 'Elin', 'Tomas', 'Silje'];
const FAMILY = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Berg', 'Haugen', 'Hagen', 'Ali', 'Nowak', 'Mohamed', 'Bakken', 'Moen', 'Dahl', 'Lund'];
const CHILDREN = ['Emma', 'Noah', 'Ella', 'Oskar', 'Leah', 'Filip', 'Maja', 'Aksel', 'Amina', 'Liam'];

/** Homeless households of the demo cases, placed so their cases and stays meet. */
const STORIES = [
  { name: ['Stian', 'Olsen'], caseType: 'temporary_accommodation', provider: 'municipal', daysAgo: 3 },
  { name: ['Camilla', 'Lund'], caseType: 'temporary_accommodation', provider: 'private', daysAgo: 73 },
  { name: ['Per', 'Hansen'], caseType: 'rental_dwelling', provider: 'private', daysAgo: 60 },
  { name: ['Kjell', 'Nilsen'], caseType: 'rental_dwelling', provider: 'municipal', daysAgo: 380 },
  { name: ['Nina', 'Holm'], caseType: 'rental_dwelling', provider: 'family', daysAgo: 16, children: true },
] as const;

async function storyStays(ctx: SeedContext, rng: Rng, today: string): Promise<StayPlan[]> {
  const found = await ctx.tx
    .select({ id: housingCase.id, caseType: housingCase.caseType, householdId: housingCase.householdId, givenName: person.givenName, familyName: person.familyName })
    .from(housingCase)
    .innerJoin(person, and(eq(person.municipalityId, housingCase.municipalityId), eq(person.id, housingCase.personId)))
    .where(and(eq(housingCase.municipalityId, ctx.municipalityId), inArray(person.givenName, STORIES.map((s) => s.name[0]))));
  return STORIES.flatMap((s) => {
    const c = found.find((f) => f.givenName === s.name[0] && f.familyName === s.name[1] && f.caseType === s.caseType);
    if (!c) return [];
    const link = s.caseType === 'temporary_accommodation' ? { caseId: c.id } : { housingCaseId: c.id };
    return [{ id: rngUuid(rng), householdId: c.householdId, provider: s.provider, startDate: addDays(today, -s.daysAgo), endDate: null, childrenPresent: 'children' in s, ...link }];
  });
}

/** Families and a moved household that show the flags on the first day of the demo, and last year's families over three months. */
function featured(rng: Rng, today: string): HouseholdPlan[] {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const open = (householdId: string, provider: ProviderKey, daysAgo: number, children: boolean, endDaysAgo: number | null = null): StayPlan => ({
    id: rngUuid(rng),
    householdId,
    provider,
    startDate: addDays(today, -daysAgo),
    endDate: endDaysAgo === null ? null : addDays(today, -endDaysAgo),
    childrenPresent: children,
  });
  const past = (householdId: string, start: string, nights: number): StayPlan => ({
    id: rngUuid(rng),
    householdId,
    provider: 'family',
    startDate: start,
    endDate: addDays(start, nights),
    childrenPresent: true,
  });
  const [a, b, c, d, e] = [rngUuid(rng), rngUuid(rng), rngUuid(rng), rngUuid(rng), rngUuid(rng)];
  return [
    { id: a, children: 2, stays: [open(a, 'family', 104, true)] },
    { id: b, children: 1, stays: [open(b, 'family', 80, true)] },
    { id: c, children: 0, stays: [open(c, 'private', 130, false, 40), open(c, 'municipal', 39, false)] },
    { id: d, children: 3, stays: [past(d, `${lastYear}-02-10`, 128)] },
    { id: e, children: 1, stays: [past(e, `${lastYear}-08-20`, 112)] },
  ];
}

/** Persons, households and members for the planned households, with unique valid fødselsnumre. */
async function insertHouseholds(ctx: SeedContext, rng: Rng, today: string, plans: readonly HouseholdPlan[]): Promise<void> {
  const { tx, municipalityId } = ctx;
  const taken = await rows<{ national_id: string }>(tx, sql`select national_id from person where municipality_id = ${municipalityId} and national_id is not null`);
  const used = new Set(taken.map((r) => r.national_id));
  const persons: Array<typeof person.$inferInsert> = [];
  const members: Array<typeof householdMember.$inferInsert> = [];
  const newPerson = (givenName: string, familyName: string, age: number) => {
    const birthDate = addDays(today, -(age * 365 + rng.int(10, 350)));
    let nationalId = demoFnr(birthDate, rng, today);
    while (used.has(nationalId)) nationalId = demoFnr(birthDate, rng, today);
    used.add(nationalId);
    const id = rngUuid(rng);
    const resident = rng.chance(0.75);
    persons.push({ municipalityId, id, nationalId, nationalIdKind: 'fnr', givenName, familyName, birthDate, residentSince: resident ? addDays(today, -rng.int(200, 9000)) : null, residenceStatus: 'citizen' });
    return id;
  };
  const heads = plans.map((plan) => {
    const familyName = rng.pick(FAMILY);
    const headId = newPerson(rng.pick(GIVEN), familyName, plan.children > 0 ? rng.int(22, 48) : rng.int(18, 70));
    members.push({ municipalityId, householdId: plan.id, personId: headId, relation: 'applicant' });
    for (let i = 0; i < plan.children; i += 1) members.push({ municipalityId, householdId: plan.id, personId: newPerson(rng.pick(CHILDREN), familyName, rng.int(0, 17)), relation: 'child' });
    return { municipalityId, id: plan.id, headPersonId: headId };
  });
  await insertJson(tx, person, persons);
  await insertJson(tx, household, heads);
  await insertJson(tx, householdMember, members);
}

async function navActor(ctx: SeedContext, m: DemoMunicipality): Promise<Actor | undefined> {
  const [user] = await ctx.tx
    .select({ id: staffUser.id, username: staffUser.username, displayName: staffUser.displayName })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, ctx.municipalityId), eq(staffUser.role, 'nav_adviser')))
    .orderBy(staffUser.username)
    .limit(1);
  if (!user) return undefined;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: 'nav_adviser',
    language: 'nb',
    municipalityId: ctx.municipalityId,
    kommunenummer: ctx.kommunenummer,
    municipalityName: m.name,
    sessionId: 'seed',
    csrfToken: 'seed',
  };
}

function temporaryStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'temporary accommodation',
    async run(ctx) {
      const { tx, municipalityId, rng } = ctx;
      const [existing] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from ${tempProvider} where municipality_id = ${municipalityId}`);
      if ((existing?.n ?? 0) > 0) return;
      const today = osloDate(ctx.today);
      const scale = m.inhabitants / 75_000;
      const providers = planProviders(rng, today, scale);
      const plans = [...planHouseholds(rng, today, scale), ...(m.kommunenummer === '9999' ? featured(rng, today) : [])];
      const stays = [...plans.flatMap((p) => p.stays), ...(await storyStays(ctx, rng, today))];
      assignPlaces(stays, providers);

      await insertHouseholds(ctx, rng, today, plans);
      await insertJson(tx, tempProvider, providers.map(({ key: _key, places: _places, ...p }) => ({ municipalityId, ...p })));
      await insertJson(tx, tempPlace, providers.flatMap((p) => p.places.map((pl) => ({ municipalityId, providerId: p.id, ...pl }))));
      const nav = await navActor(ctx, m);
      const [anyone] = await tx.select({ id: staffUser.id }).from(staffUser).where(eq(staffUser.municipalityId, municipalityId)).limit(1);
      const createdBy = nav?.userId ?? anyone?.id;
      if (!createdBy) throw new Error('demo temporary accommodation needs a staff user');
      const byKey = new Map(providers.map((p) => [p.key, p]));
      await insertJson(
        tx,
        tempStay,
        stays.map((s) => {
          const provider = byKey.get(s.provider);
          if (!provider) throw new Error(`no demo provider ${s.provider}`);
          // Mandal: the municipality's own dwellings come with a signed cooperation agreement and a cleaning offer.
          const municipal = provider.kind === 'municipal_emergency';
          const agreed = municipal ? rng.chance(0.85) : provider.key === 'private' && rng.chance(0.25);
          const signedOn = addDays(s.startDate, rng.int(0, 1));
          return {
            municipalityId,
            id: s.id,
            householdId: s.householdId,
            providerId: provider.id,
            placeId: s.placeId ?? null,
            caseId: s.caseId ?? null,
            housingCaseId: s.housingCaseId ?? null,
            startDate: s.startDate,
            endDate: s.endDate,
            childrenPresent: s.childrenPresent,
            nightShelter: provider.nightShelter,
            cooperationAgreementSignedOn: agreed && compareDates(signedOn, today) <= 0 ? signedOn : null,
            cleaningOffered: municipal,
            createdBy,
          };
        }),
      );
      if (nav) await raiseLongStayTasks(tx, { actor: nav, clock: { now: () => ctx.today }, requestId: 'demo-seed' }, today);
    },
  };
}

/** The temporary-accommodation area's demo steps, after the cases (it places their homeless households). */
export function demoTemporarySteps(m: DemoMunicipality): SeedStep[] {
  return [temporaryStep(m)];
}
