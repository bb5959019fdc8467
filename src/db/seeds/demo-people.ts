import { addDays } from '../../domain/deadlines/calendar.js';
import { validateFnr, withControlDigits } from '../../domain/identity/fnr.js';
import type { Rng } from '../../domain/random/rng.js';
import type { Tx } from '../../server/platform/db.js';
import { consent, household, householdMember, person, personRepresentative } from '../schema/index.js';

/** Demo persons and households: valid fødselsnumre, names, addresses, representatives and consents. */

/**
 * A valid fødselsnummer for `birthDate`, drawn from the rng: individnummer 000–499 for births
 * 1900–1999 and 500–999 for 2000–2039 (the pre-2032 century rule), control digits by mod 11; an
 * individnummer giving a control digit of 10 is skipped. Checked with validateFnr.
 * @throws Error when no valid number is found (cannot happen for a real date) or the check fails.
 */
export function demoFnr(birthDate: string, rng: Rng, today: string): string {
  const [y, m, d] = birthDate.split('-');
  const year = Number(y);
  const [low, high] = year >= 2000 ? [500, 999] : [0, 499];
  const start = rng.int(low, high);
  for (let i = 0; i <= high - low; i++) {
    const individual = low + ((start - low + i) % (high - low + 1));
    const fnr = withControlDigits(`${d}${m}${y!.slice(2)}${String(individual).padStart(3, '0')}`);
    if (fnr === undefined) continue;
    const check = validateFnr(fnr, { today });
    if (!check.valid || check.birthDate !== birthDate) throw new Error(`demo fødselsnummer for ${birthDate} did not validate`);
    return fnr;
  }
  throw new Error(`no fødselsnummer free for ${birthDate}`);
}

export interface DemoPerson {
  givenName: string;
  familyName: string;
  /** Age in whole years today (the birth date is drawn within that year of age). */
  age: number;
  writtenLanguage?: 'nb' | 'nn';
  interpreterLanguage?: string;
  addressProtection?: 'none' | 'fortrolig' | 'strengt_fortrolig';
  /** Years registered as resident; null: not known. */
  residentYears?: number | null;
  residenceStatus?: string;
  /** Settled here as a refugee this many months ago. */
  refugeeSettledMonthsAgo?: number;
  grossAnnualIncome?: number | null;
  relation?: 'applicant' | 'spouse' | 'partner' | 'child' | 'other_adult' | 'other_child';
}

export interface DemoHousehold {
  head: DemoPerson;
  members?: DemoPerson[];
  representative?: { kind: 'fullmektig' | 'verge'; name: string };
  consents?: Array<{ recipient: string; fromDaysAgo: number; withdrawnDaysAgo?: number }>;
}

const STREETS = ['Storgata', 'Kirkeveien', 'Havnegata', 'Skoleveien', 'Bakkeveien', 'Fjellveien', 'Strandgata', 'Lia terrasse'];

/** Inserts a household with its persons, and any representative and consents. Returns the household and head ids. */
export async function insertDemoHousehold(tx: Tx, municipalityId: number, spec: DemoHousehold, rng: Rng, today: string, now: Date) {
  const address = { addressLine: `${rng.pick(STREETS)} ${rng.int(1, 80)}`, postalCode: '9999', postalCity: 'Demo' };
  const insertPerson = async (p: DemoPerson) => {
    const birthDate = addDays(today, -(p.age * 365 + rng.int(10, 350)));
    const [row] = await tx
      .insert(person)
      .values({
        municipalityId,
        nationalId: demoFnr(birthDate, rng, today),
        nationalIdKind: 'fnr',
        givenName: p.givenName,
        familyName: p.familyName,
        birthDate,
        phone: p.age >= 16 ? `4${rng.int(1000000, 9999999)}` : null,
        writtenLanguage: p.writtenLanguage ?? 'nb',
        interpreterLanguage: p.interpreterLanguage ?? null,
        ...address,
        addressProtection: p.addressProtection ?? 'none',
        residentSince: p.residentYears === null ? null : addDays(today, -Math.round((p.residentYears ?? 8) * 365)),
        residenceStatus: p.residenceStatus ?? 'citizen',
        refugeeSettledOn: p.refugeeSettledMonthsAgo === undefined ? null : addDays(today, -p.refugeeSettledMonthsAgo * 30),
      })
      .returning({ id: person.id });
    if (!row) throw new Error('insert returned no row');
    return row.id;
  };
  const headId = await insertPerson(spec.head);
  const [hh] = await tx.insert(household).values({ municipalityId, headPersonId: headId }).returning({ id: household.id });
  if (!hh) throw new Error('insert returned no row');
  await tx.insert(householdMember).values({ municipalityId, householdId: hh.id, personId: headId, relation: 'applicant', grossAnnualIncome: spec.head.grossAnnualIncome ?? null });
  for (const m of spec.members ?? []) {
    const id = await insertPerson({ ...m, addressProtection: spec.head.addressProtection ?? 'none' });
    await tx.insert(householdMember).values({ municipalityId, householdId: hh.id, personId: id, relation: m.relation ?? 'child', grossAnnualIncome: m.grossAnnualIncome ?? null });
  }
  if (spec.representative) {
    await tx.insert(personRepresentative).values({
      municipalityId,
      personId: headId,
      kind: spec.representative.kind,
      name: spec.representative.name,
      addressLine: `Advokatgården, ${rng.pick(STREETS)} ${rng.int(1, 40)}`,
      postalCode: '9999',
      postalCity: 'Demo',
      validFrom: addDays(today, -400),
    });
  }
  for (const c of spec.consents ?? []) {
    await tx.insert(consent).values({
      municipalityId,
      personId: headId,
      recipient: c.recipient,
      purpose: c.recipient === 'nav' ? 'Samarbeid om bolig og midlertidig botilbud' : 'Oppfølging i egen bolig',
      scope: 'Opplysninger i boligsaken',
      validFrom: addDays(today, -c.fromDaysAgo),
      ...(c.withdrawnDaysAgo !== undefined ? { withdrawnAt: new Date(now.getTime() - c.withdrawnDaysAgo * 86_400_000), withdrawalNote: 'Trukket muntlig i møte' } : {}),
    });
  }
  return { householdId: hh.id, personId: headId };
}
