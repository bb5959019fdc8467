import { KOBO_COLUMNS, type KoboField } from './kobo-columns.js';

/**
 * Sample import sheets for tests and the import benchmark: valid rows that differ by index,
 * so any number of them can be made without randomness.
 */
export const KOBO_HEADER: readonly string[] = KOBO_COLUMNS.map((c) => c.header);

const STREETS = ['Storgata', 'Kirkegata', 'Havnegata', 'Skoleveien', 'Lyngveien', 'Bjørkeveien', 'Fjellveien', 'Åsveien'];
const TYPES = ['leilighet', 'hybel', 'rom i bofellesskap', 'enebolig', 'småhus'];

/** The cells of valid sample row `i` (0-based), keyed by field; kommunenummer `knr`. */
export function sampleRowValues(i: number, knr = '9999', statusDate = '2024-01-15'): Record<KoboField, string> {
  const shared = i % 10 === 0;
  const leased = i % 7 === 0;
  return {
    knr,
    gnr: String(1 + Math.floor(i / 1000)),
    bnr: String(1 + (i % 1000)),
    fnr: '0',
    snr: String(i % 3),
    unitNumber: `H0${1 + (i % 4)}0${1 + (i % 9)}`,
    streetName: STREETS[i % STREETS.length] as string,
    houseNumber: String(1 + (i % 120)),
    houseLetter: i % 5 === 0 ? 'B' : '',
    postalCode: '4306',
    extraReference: shared ? `Rom ${1 + (i % 12)}` : '',
    dwellingType: shared ? 'rom i bofellesskap' : (TYPES[i % TYPES.length] as string),
    subcategory: '',
    disposalForm: leased ? 'innleid' : 'kommunalt eid',
    ownerName: leased ? 'Utleie AS' : '',
    ownerOrgNumber: leased ? '923609016' : '',
    ownerPhone: leased ? '912 34 567' : '',
    status: i % 20 === 0 ? 'ledig' : 'utleid',
    statusDate,
    monthlyRent: String(6000 + (i % 100) * 100),
    electricityMeter: `70705${String(i).padStart(8, '0')}`,
    waterMeter: '',
    deposit: String(3 * (6000 + (i % 100) * 100)),
    wheelchairAccessible: i % 3 === 0 ? 'ja' : 'nei',
    bedrooms: String(i % 4),
    schoolDistrictPrimary: 'Sentrum skole',
    schoolDistrictLowerSecondary: 'Byen ungdomsskole',
    notes: '',
    vatCompensation: 'nei',
    sharedHousing: shared ? 'ja' : 'nei',
    staffed24h: shared ? 'ja' : 'nei',
    staffBase: shared ? 'ja' : 'nei',
    districtCode: String(1 + (i % 12)).padStart(2, '0'),
    postalCity: 'Demoby',
    usableAreaM2: String(25 + (i % 60)),
    floor: String(i % 5),
    hasLift: i % 2 === 0 ? 'ja' : 'nei',
    rentToOwnPotential: 'nei',
    expectedReadyOn: '',
    latitude: '58.85',
    longitude: '5.73',
  };
}

/** The cells of sample row `i` in KOBO_HEADER order. */
export function sampleRow(i: number, knr?: string, statusDate?: string): string[] {
  const values = sampleRowValues(i, knr, statusDate);
  return KOBO_COLUMNS.map((c) => values[c.field]);
}

/** District codes of the sample rows ('01'–'12', like Demo kommune). */
export const SAMPLE_DISTRICTS: ReadonlySet<string> = new Set(Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')));
