import { addDays, compareDates, daysBetween } from '../../domain/deadlines/calendar.js';
import type { Rng } from '../../domain/random/rng.js';
import { isValidOrgNumber } from '../../domain/temporary/org-number.js';

/**
 * The plan for the demo's temporary accommodation, drawn from the rng only: providers (Mandal's
 * model of municipal emergency dwellings with a cooperation agreement, cleaning and a standard
 * inventory; a private overnight operator under the U-5/2003 standard contract; a night shelter)
 * and two years of households and stays. Sized to the seed articles: Sandnes had 230 households
 * in temporary accommodation one year and 186 the next, so Demo kommune (75 000 inhabitants)
 * gets about 210 a year; mostly short stays, some over three months, a few families with children.
 */

export type ProviderKey = 'municipal' | 'family' | 'private' | 'shelter';

export interface PlaceSpec {
  id: string;
  label: string;
  access24h: boolean;
  cooking: boolean;
  wcAndBath: boolean;
  laundry: boolean;
}

export interface ProviderSpec {
  key: ProviderKey;
  id: string;
  name: string;
  kind: 'municipal_emergency' | 'private_overnight' | 'other';
  orgNumber: string | null;
  contractTerms: string;
  contractFrom: string | null;
  contractTo: string | null;
  nightShelter: boolean;
  places: PlaceSpec[];
}

export interface StayPlan {
  id: string;
  householdId: string;
  provider: ProviderKey;
  startDate: string;
  /** Null: still there today. */
  endDate: string | null;
  childrenPresent: boolean;
  placeId?: string | null;
  caseId?: string | null;
  housingCaseId?: string | null;
}

/**
 * Households a year at Demo kommune's size, last year and this year: Sandnes went from 230 to 186
 * in a year, so the demo shows a similar fall (a full year ago and this year so far).
 */
export const HOUSEHOLDS_LAST_YEAR_AT_75_000 = 225;
export const HOUSEHOLDS_THIS_YEAR_AT_75_000 = 190;
/** New households per household counted: some are counted from a stay begun the year before, or come back. */
const ARRIVALS_PER_COUNTED = 0.92;
/** Days before 1 January last year in which stays still running then begin. */
const LEAD_IN_DAYS = 60;

/** A version-4 UUID from the rng, so a fresh demo gets the same ids every time. */
export function rngUuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + rng.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function orgNumber(rng: Rng): string {
  for (;;) {
    const candidate = `9${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (isValidOrgNumber(candidate)) return candidate;
  }
}

const place = (rng: Rng, label: string, access24h: boolean, cooking: boolean, wcAndBath: boolean, laundry: boolean): PlaceSpec => ({
  id: rngUuid(rng),
  label,
  access24h,
  cooking,
  wcAndBath,
  laundry,
});

/** Places scale with the municipality: Demo kommune gets the full numbers, a small one at least one of each. */
const scaled = (n: number, scale: number) => Math.max(1, Math.round(n * scale));

export function planProviders(rng: Rng, today: string, scale: number): ProviderSpec[] {
  const year = Number(today.slice(0, 4));
  const list = (n: number, make: (i: number) => PlaceSpec) => Array.from({ length: scaled(n, scale) }, (_, i) => make(i + 1));
  return [
    {
      key: 'municipal',
      id: rngUuid(rng),
      name: 'Kommunale nødboliger, Havnegata',
      kind: 'municipal_emergency',
      orgNumber: null,
      contractTerms:
        'Kommunens egne nødboliger (Mandal-modellen). Beboeren signerer samarbeidsavtale ved innflytting; tilbud om renhold hver uke. ' +
        'Standard inventar: seng med dyne, pute og sengetøy, bord og stoler, kjøkkenutstyr, håndklær. Inventarliste kontrolleres ved inn- og utflytting.',
      contractFrom: null,
      contractTo: null,
      nightShelter: false,
      places: list(16, (i) => place(rng, `Havnegata 3, leilighet ${i}`, true, true, true, i % 4 !== 0)),
    },
    {
      key: 'family',
      id: rngUuid(rng),
      name: 'Kommunale familieleiligheter, Skogly',
      kind: 'municipal_emergency',
      orgNumber: null,
      contractTerms: 'Nødboliger for barnefamilier, med samarbeidsavtale, renhold og standard inventar som Havnegata. Barneseng og barnestol ved behov.',
      contractFrom: null,
      contractTo: null,
      nightShelter: false,
      places: list(5, (i) => place(rng, `Skogly familieleilighet ${i}`, true, true, true, true)),
    },
    {
      key: 'private',
      id: rngUuid(rng),
      name: 'Sentrum Døgnovernatting AS',
      kind: 'private_overnight',
      orgNumber: orgNumber(rng),
      contractTerms:
        'Standardkontrakt for døgnovernattingssteder (rundskriv U-5/2003). 690 kr per døgn, faktureres NAV månedlig. Tilgang til rommet hele døgnet; ' +
        'felles bad på gangen for rom uten eget bad; ingen vaskemaskin. NAV varsles samme dag ved utflytting eller avvik.',
      contractFrom: `${year - 2}-01-01`,
      contractTo: `${year + 1}-12-31`,
      nightShelter: false,
      places: list(24, (i) => place(rng, `Rom ${100 + i}`, true, i % 3 === 0, true, false)),
    },
    {
      key: 'shelter',
      id: rngUuid(rng),
      name: 'Natthjemmet i Kirkegata',
      kind: 'other',
      orgNumber: orgNumber(rng),
      contractTerms: 'Drives av en frivillig organisasjon etter avtale med kommunen. Åpent kl. 21–09; kveldsmat og frokost.',
      contractFrom: `${year - 3}-01-01`,
      contractTo: null,
      nightShelter: true,
      places: list(10, (i) => place(rng, `Seng ${i}`, false, false, true, false)),
    },
  ];
}

export interface HouseholdPlan {
  id: string;
  children: number;
  stays: StayPlan[];
}

/** Nights of one stay: mostly short, some over three months (families less often over). */
function drawLength(rng: Rng, children: boolean): number {
  const r = rng.next();
  if (children) return r < 0.5 ? rng.int(3, 30) : r < 0.92 ? rng.int(31, 88) : rng.int(95, 200);
  return r < 0.62 ? rng.int(1, 14) : r < 0.88 ? rng.int(15, 90) : rng.int(93, 330);
}

function drawProvider(rng: Rng, children: boolean, nights: number): ProviderKey {
  if (children) return rng.chance(0.8) ? 'family' : 'municipal';
  if (nights <= 7 && rng.chance(0.3)) return 'shelter';
  return rng.chance(0.45) ? 'municipal' : 'private';
}

/** Arrival days: last year (with a lead-in) at last year's rate, this year so far at this year's. */
function arrivals(rng: Rng, today: string, scale: number): string[] {
  const year = Number(today.slice(0, 4));
  const lastYearStart = `${year - 1}-01-01`;
  const thisYearStart = `${year}-01-01`;
  const segments = [
    { from: addDays(lastYearStart, -LEAD_IN_DAYS), days: LEAD_IN_DAYS + 365, perYear: HOUSEHOLDS_LAST_YEAR_AT_75_000 },
    { from: thisYearStart, days: daysBetween(thisYearStart, today) + 1, perYear: HOUSEHOLDS_THIS_YEAR_AT_75_000 },
  ];
  return segments.flatMap((seg) => {
    const count = Math.max(1, Math.round(((seg.perYear * seg.days) / 365) * ARRIVALS_PER_COUNTED * scale));
    return Array.from({ length: count }, () => addDays(seg.from, rng.int(0, seg.days - 1)));
  });
}

/** Households and their stays from the start of last year to `today`; an end after today is an open stay. */
export function planHouseholds(rng: Rng, today: string, scale: number): HouseholdPlan[] {
  const households: HouseholdPlan[] = [];
  for (const arrival of arrivals(rng, today, scale)) {
    const children = rng.chance(0.08) ? rng.int(1, 3) : 0;
    const id = rngUuid(rng);
    const stays: StayPlan[] = [];
    let start = arrival;
    // One in seven comes back (a new stay months later) or is moved on (the next day, a joined chain).
    const visits = rng.chance(0.14) ? 2 : 1;
    for (let v = 0; v < visits && compareDates(start, today) <= 0; v += 1) {
      const nights = drawLength(rng, children > 0);
      const end = addDays(start, nights);
      const open = compareDates(end, today) > 0;
      stays.push({ id: rngUuid(rng), householdId: id, provider: drawProvider(rng, children > 0, nights), startDate: start, endDate: open ? null : end, childrenPresent: children > 0 });
      if (open) break;
      start = addDays(end, rng.chance(0.3) ? rng.int(0, 1) : rng.int(20, 240));
    }
    households.push({ id, children, stays });
  }
  return households;
}

/**
 * Gives each stay a free place at its provider (in order of start, one household per place at a
 * time), else at another provider of the same sort, else none (booked ad hoc).
 */
export function assignPlaces(stays: StayPlan[], providers: readonly ProviderSpec[]): void {
  const freeFrom = new Map<string, string>();
  const fallback: Record<ProviderKey, ProviderKey[]> = { municipal: ['private'], family: ['municipal'], private: ['municipal'], shelter: [] };
  const byStart = [...stays].sort((a, b) => compareDates(a.startDate, b.startDate) || (a.id < b.id ? -1 : 1));
  for (const stay of byStart) {
    for (const key of [stay.provider, ...fallback[stay.provider]]) {
      const spec = providers.find((p) => p.key === key);
      const free = spec?.places.find((p) => compareDates(freeFrom.get(p.id) ?? '0001-01-01', stay.startDate) <= 0);
      if (!spec || !free) continue;
      stay.provider = key;
      stay.placeId = free.id;
      freeFrom.set(free.id, stay.endDate ?? '9999-12-31');
      break;
    }
    stay.placeId ??= null;
  }
}
