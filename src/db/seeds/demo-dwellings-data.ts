import { addDays, type IsoDate } from '../../domain/deadlines/calendar.js';
import type { DwellingFields } from '../../domain/dwellings/dwelling.js';
import type { DwellingStatus } from '../../domain/dwellings/status.js';
import type { Rng } from '../../domain/random/rng.js';

/**
 * The demo stock, planned without a database: buildings per district, their units and each
 * unit's status history up to today. Shapes follow the seed articles [I]: many one-room units
 * (Sarpsborg), some staffed shared housing (rooms with an extra reference, KOSTRA counts each),
 * small houses for people in active substance use, mostly municipally owned with some leased
 * from private owners, about 30 % wheelchair accessible, rents 6 000–16 000 kr, and a stock that
 * is about 94 % let with 2–3 % vacant (SSB: utnyttelsesgrad about 95 %).
 */
export interface PlannedPeriod {
  status: DwellingStatus;
  fromDate: IsoDate;
  toDate: IsoDate | null;
  expectedReadyOn: IsoDate | null;
}

export interface PlannedDwelling {
  id: string;
  fields: DwellingFields;
  periods: PlannedPeriod[];
}

/** A fictional town centre (Demo kommune's map); districts lie around it. */
export const DEMO_CENTRE = { latitude: 58.85, longitude: 5.73 } as const;

type BuildingKind = 'block' | 'bedsit_house' | 'shared_staffed' | 'small_houses' | 'family';

/** Relative frequency of building kinds, tuned so the units come out about 40 % one-room, 7 % rooms in staffed shared housing and 5 % family houses. */
const BUILDING_WEIGHTS: ReadonlyArray<[BuildingKind, number]> = [
  ['block', 34],
  ['bedsit_house', 18],
  ['shared_staffed', 6],
  ['small_houses', 4],
  ['family', 38],
];

const STREET_PARTS = ['Nord', 'Sol', 'Lyng', 'Bjørke', 'Fjord', 'Skole', 'Kirke', 'Mølle', 'Hage', 'Eike', 'Furu', 'Stasjons'];
const STREET_ENDS = ['veien', 'gata', 'bakken'];
const OWNERS = ['Demo Eiendom AS', 'Havbris Utleie AS', 'Nordbyen Boliger AS', 'Fjellet Eiendom AS', 'Strandveien Invest AS'];

function pickWeighted<T>(rng: Rng, items: ReadonlyArray<[T, number]>): T {
  let roll = rng.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** A version-4-shaped UUID from the rng, so the demo's ids are the same on every start. */
export function seededUuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + rng.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const hundreds = (rng: Rng, min: number, max: number): number => rng.int(min / 100, max / 100) * 100;

/**
 * A unit's status history, latest last, ending in the open current period. Shares [I]: 94 % let
 * (a third of them after a vacancy), 2.5 % vacant, 1.5 % maintenance, 0.5 % reserved, 1 % not in
 * use, 0.4 % sold. The current let period's start is the tenancy's start (the leases seed reads it).
 */
export function planPeriods(rng: Rng, today: IsoDate): PlannedPeriod[] {
  const roll = rng.next();
  const open = (status: DwellingStatus, daysAgo: number, expectedReadyOn: IsoDate | null = null): PlannedPeriod => ({
    status,
    fromDate: addDays(today, -daysAgo),
    toDate: null,
    expectedReadyOn,
  });
  const before = (next: PlannedPeriod, status: DwellingStatus, days: number): PlannedPeriod => ({
    status,
    fromDate: addDays(next.fromDate, -days),
    toDate: next.fromDate,
    expectedReadyOn: null,
  });
  let current: PlannedPeriod;
  if (roll < 0.025) {
    // Vacant: most for weeks, some for many months.
    current = open('vacant', rng.chance(0.25) ? rng.int(120, 420) : rng.int(2, 90));
  } else if (roll < 0.04) {
    current = open('maintenance', rng.int(5, 120), addDays(today, rng.int(7, 90)));
  } else if (roll < 0.045) {
    const reserved = open('reserved', rng.int(1, 20));
    const vacant = before(reserved, 'vacant', rng.int(10, 60));
    return [before(vacant, 'let', rng.int(400, 2500)), vacant, reserved];
  } else if (roll < 0.055) {
    current = open('not_in_use', rng.int(60, 700));
  } else if (roll < 0.059) {
    const sold = open('sold', rng.int(30, 400));
    const vacant = before(sold, 'vacant', rng.int(30, 120));
    return [before(vacant, 'let', rng.int(400, 2500)), vacant, sold];
  } else {
    current = open('let', rng.int(20, 2600));
    if (!rng.chance(0.35)) return [current];
    const vacant = before(current, 'vacant', rng.int(5, 120));
    return [before(vacant, 'let', rng.int(300, 2000)), vacant, current];
  }
  return [before(current, 'let', rng.int(300, 2500)), current];
}

interface Site {
  districtCode: string;
  districtIndex: number;
  gnr: number;
  bnr: number;
  street: string;
  houseNumber: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

/** Whole units of one building, before status. */
function unitsOf(rng: Rng, kind: BuildingKind): Array<Partial<DwellingFields> & Pick<DwellingFields, 'dwellingType' | 'bedrooms'>> {
  switch (kind) {
    case 'block': {
      const floors = rng.int(2, 6);
      const lift = floors >= 4 || rng.chance(0.3);
      return Array.from({ length: floors * rng.int(2, 4) }, (_, i) => {
        const floor = 1 + (i % floors);
        const bedsit = rng.chance(0.3);
        const bedrooms = bedsit ? rng.int(0, 1) : rng.int(1, 3);
        return {
          dwellingType: bedsit ? 'bedsit' : 'apartment',
          bedrooms,
          floor,
          hasLift: lift,
          unitNumber: `H0${floor}0${1 + Math.floor(i / floors)}`,
          usableAreaM2: bedsit ? rng.int(22, 38) : 35 + bedrooms * rng.int(15, 22),
          wheelchairAccessible: (lift || floor === 1) && rng.chance(0.42),
          monthlyRent: bedsit ? hundreds(rng, 6000, 7500) : hundreds(rng, 6500 + bedrooms * 1500, 8500 + bedrooms * 2000),
        };
      });
    }
    case 'bedsit_house':
      return Array.from({ length: rng.int(6, 14) }, (_, i) => ({
        dwellingType: 'bedsit',
        bedrooms: 0,
        floor: 1 + (i % 2),
        unitNumber: `H0${1 + (i % 2)}${String(1 + Math.floor(i / 2)).padStart(2, '0')}`,
        usableAreaM2: rng.int(18, 30),
        wheelchairAccessible: i % 2 === 0 && rng.chance(0.35),
        monthlyRent: hundreds(rng, 6000, 7000),
      }));
    case 'shared_staffed':
      return Array.from({ length: rng.int(6, 10) }, (_, i) => ({
        dwellingType: 'room_in_shared',
        bedrooms: 1,
        floor: 1,
        extraReference: `Rom ${i + 1}`,
        usableAreaM2: rng.int(24, 40),
        sharedHousing: true,
        staffed24h: true,
        staffBase: true,
        wheelchairAccessible: rng.chance(0.65),
        subcategory: 'Samlokalisert bolig med døgnbemanning',
        monthlyRent: hundreds(rng, 6000, 7200),
      }));
    case 'small_houses':
      return [
        {
          dwellingType: 'small_house',
          bedrooms: 1,
          floor: 1,
          usableAreaM2: rng.int(28, 40),
          wheelchairAccessible: rng.chance(0.2),
          subcategory: 'Småhus',
          monthlyRent: hundreds(rng, 6500, 8000),
        },
      ];
    case 'family': {
      const bedrooms = rng.int(3, 4);
      const dwellingType = pickWeighted(rng, [
        ['detached', 3],
        ['semi_detached', 3],
        ['terraced', 4],
      ] as Array<['detached' | 'semi_detached' | 'terraced', number]>);
      return [{ dwellingType, bedrooms, floor: 1, usableAreaM2: 70 + bedrooms * rng.int(10, 16), wheelchairAccessible: rng.chance(0.15), monthlyRent: hundreds(rng, 12_000, 16_000) }];
    }
  }
}

const roundTo = (value: number, decimals: number): number => Number(value.toFixed(decimals));

/**
 * About `target` dwellings across `districtCodes` for kommunenummer `knr`, with status histories
 * up to `today`. Small houses stand in the outer districts; everything else anywhere.
 */
export function planDemoDwellings(rng: Rng, knr: string, districtCodes: readonly string[], target: number, today: IsoDate): PlannedDwelling[] {
  const planned: PlannedDwelling[] = [];
  const nextBnr = new Map<number, number>();
  while (planned.length < target) {
    const kind = pickWeighted(rng, BUILDING_WEIGHTS);
    const outer = districtCodes.slice(-3);
    const districtIndex = districtCodes.indexOf(kind === 'small_houses' ? rng.pick(outer) : rng.pick(districtCodes));
    const districtCode = districtCodes[districtIndex] as string;
    const gnr = 100 + districtIndex;
    const angle = (2 * Math.PI * districtIndex) / districtCodes.length;
    const radius = districtIndex === 0 ? 0 : 0.015 + 0.004 * districtIndex;
    const owner = rng.chance(0.8) ? null : rng.pick(OWNERS);
    const disposalForm = owner === null ? 'municipally_owned' : rng.chance(0.75) ? 'leased_from_private' : 'private_with_allocation_right';
    // Small houses come in clusters of 3–6 on neighbouring plots.
    const houses = kind === 'small_houses' ? rng.int(3, 6) : 1;
    const street = `${rng.pick(STREET_PARTS)}${rng.pick(STREET_ENDS)}`;
    for (let h = 0; h < houses; h++) {
      const bnr = (nextBnr.get(gnr) ?? 0) + 1;
      nextBnr.set(gnr, bnr);
      const site: Site = {
        districtCode,
        districtIndex,
        gnr,
        bnr,
        street,
        houseNumber: String(rng.int(1, 140)),
        postalCode: `99${districtCode.padStart(2, '0').slice(-2)}`,
        latitude: roundTo(DEMO_CENTRE.latitude + radius * Math.sin(angle) + (rng.next() - 0.5) * 0.012, 6),
        longitude: roundTo(DEMO_CENTRE.longitude + radius * 1.9 * Math.cos(angle) + (rng.next() - 0.5) * 0.024, 6),
      };
      for (const unit of unitsOf(rng, kind)) planned.push(dwellingAt(rng, knr, site, unit, owner, disposalForm, today));
    }
  }
  return planned;
}

function dwellingAt(
  rng: Rng,
  knr: string,
  site: Site,
  unit: ReturnType<typeof unitsOf>[number],
  owner: string | null,
  disposalForm: DwellingFields['disposalForm'],
  today: IsoDate,
): PlannedDwelling {
  const monthlyRent = unit.monthlyRent ?? 7000;
  const fields: DwellingFields = {
    knr,
    gnr: site.gnr,
    bnr: site.bnr,
    fnr: 0,
    snr: 0,
    unitNumber: unit.unitNumber ?? '',
    extraReference: unit.extraReference ?? '',
    streetName: site.street,
    houseNumber: site.houseNumber,
    houseLetter: '',
    postalCode: site.postalCode,
    postalCity: 'Demo',
    dwellingType: unit.dwellingType,
    subcategory: unit.subcategory ?? null,
    disposalForm,
    ownershipForm: null,
    ownerName: owner,
    ownerOrgNumber: null,
    ownerPhone: null,
    bedrooms: unit.bedrooms,
    usableAreaM2: unit.usableAreaM2 ?? null,
    floor: unit.floor ?? null,
    hasLift: unit.hasLift ?? false,
    wheelchairAccessible: unit.wheelchairAccessible ?? false,
    sharedHousing: unit.sharedHousing ?? false,
    staffed24h: unit.staffed24h ?? false,
    staffBase: unit.staffBase ?? false,
    schoolDistrictPrimary: `${site.street.replace(/(veien|gata|bakken)$/, '')} skole`,
    schoolDistrictLowerSecondary: site.districtIndex < 6 ? 'Byen ungdomsskole' : 'Lia ungdomsskole',
    monthlyRent,
    deposit: rng.chance(0.7) ? 3 * monthlyRent : null,
    electricityMeter: `7070575000${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
    waterMeter: null,
    vatCompensation: disposalForm === 'municipally_owned' && rng.chance(0.5),
    rentToOwnPotential: unit.dwellingType === 'apartment' && rng.chance(0.05),
    districtCode: site.districtCode,
    latitude: site.latitude,
    longitude: site.longitude,
    notes: null,
  };
  return { id: seededUuid(rng), fields, periods: planPeriods(rng, today) };
}
