import type { IsoDate } from '../deadlines/calendar.js';
import * as cell from './cells.js';
import type { DwellingFields } from './dwelling.js';
import { codeForLabel, DISPOSAL_FORM_LABELS, DWELLING_TYPE_LABELS } from './kinds.js';
import { DWELLING_STATUS_LABELS, type DwellingStatus } from './status.js';

/**
 * The columns of Kobo's dwelling import sheet (domain.md § 4: «koboIdx» import map), with
 * Husly's own columns after them. Headers are Norwegian, matched without regard to case or
 * extra spaces. Every Kobo column must be in the file; Husly's columns may be left out, and
 * then an import leaves those fields of existing dwellings as they are. Kobo's lease columns
 * (hovedsøker, leieforhold …) are not read: tenancies belong to the leases area.
 */
export interface KoboRow extends DwellingFields {
  status: DwellingStatus;
  statusDate: IsoDate;
  /** Required when the status is maintenance (under vedlikehold). */
  expectedReadyOn: IsoDate | null;
}

export type KoboField = Exclude<keyof KoboRow, 'ownershipForm'>;

export interface KoboColumn {
  header: string;
  field: KoboField;
  source: 'kobo' | 'husly';
  parse: cell.CellParser<unknown>;
  /** Blank cell: `required`, or the value stored. */
  blank: { required: true } | { required: false; value: unknown };
  /** Writes the value for export; numbers stay numbers in xlsx. */
  format: (value: unknown) => string | number | null;
}

const plain = (value: unknown): string | number | null =>
  value === null || value === undefined ? null : typeof value === 'boolean' ? (value ? 'ja' : 'nei') : (value as string | number);

const labelOf =
  (labels: Readonly<Record<string, readonly string[]>>) =>
  (value: unknown): string =>
    labels[value as string]?.[0] ?? String(value);

function col<K extends KoboField>(
  header: string,
  field: K,
  parse: cell.CellParser<KoboRow[K]>,
  blank: 'required' | KoboRow[K],
  options: { source?: 'kobo' | 'husly'; format?: (value: unknown) => string | number | null } = {},
): KoboColumn {
  return {
    header,
    field,
    source: options.source ?? 'kobo',
    parse,
    blank: blank === 'required' ? { required: true } : { required: false, value: blank },
    format: options.format ?? plain,
  };
}

const asText =
  (parse: cell.CellParser<number>): cell.CellParser<string> =>
  (raw) => {
    const parsed = parse(raw);
    return parsed.ok ? { ok: true, value: String(parsed.value) } : parsed;
  };
const digitsOnly: cell.CellParser<string> = (raw) => cell.text(20)(raw.replace(/[\s\u00a0]/g, ''));
const husly = { source: 'husly' as const };

/** Kroner the import accepts in one field; far above any rent, below integer overflow. */
const MAX_KRONER = 1_000_000;

export const KOBO_COLUMNS: readonly KoboColumn[] = [
  col('kommunenummer', 'knr', cell.kommunenummer, 'required'),
  col('gnr', 'gnr', cell.integer(1, 99_999), 'required'),
  col('bnr', 'bnr', cell.integer(1, 9_999), 'required'),
  col('festenr', 'fnr', cell.integer(0, 9_999), 0),
  col('seksjonsnr', 'snr', cell.integer(0, 9_999), 0),
  col('bruksenhetsnr', 'unitNumber', cell.unitNumber, ''),
  col('gatenavn', 'streetName', cell.text(100), 'required'),
  col('husnr', 'houseNumber', asText(cell.integer(1, 9_999)), ''),
  col('husbokstav', 'houseLetter', cell.houseLetter, ''),
  col('postnr', 'postalCode', cell.postalCode, 'required'),
  col('ekstrareferanse', 'extraReference', cell.text(50), ''),
  col('koboboligtype', 'dwellingType', cell.choice((v) => codeForLabel(DWELLING_TYPE_LABELS, v)), 'required', {
    format: labelOf(DWELLING_TYPE_LABELS),
  }),
  col('underkategori', 'subcategory', cell.text(100), null),
  col('disposisjonsform', 'disposalForm', cell.choice((v) => codeForLabel(DISPOSAL_FORM_LABELS, v)), 'required', {
    format: labelOf(DISPOSAL_FORM_LABELS),
  }),
  col('boligeier navn', 'ownerName', cell.text(200), null),
  col('boligeier orgnr', 'ownerOrgNumber', digitsOnly, null),
  col('boligeier mobil', 'ownerPhone', cell.phone, null),
  col('boligstatus', 'status', cell.choice((v) => codeForLabel(DWELLING_STATUS_LABELS, v)), 'required', {
    format: labelOf(DWELLING_STATUS_LABELS),
  }),
  col('statusdato', 'statusDate', cell.date, 'required'),
  col('månedsleie', 'monthlyRent', cell.kroner(MAX_KRONER), 'required'),
  col('målernr strøm', 'electricityMeter', cell.text(50), null),
  col('målernr vann', 'waterMeter', cell.text(50), null),
  col('depositum', 'deposit', cell.kroner(MAX_KRONER), null),
  col('rullestoltilpasset', 'wheelchairAccessible', cell.yesNo, false),
  col('antall soverom', 'bedrooms', cell.integer(0, 20), 'required'),
  col('skolekrets barneskole', 'schoolDistrictPrimary', cell.text(100), null),
  col('skolekrets ungdomsskole', 'schoolDistrictLowerSecondary', cell.text(100), null),
  col('øvrig info', 'notes', cell.text(2000), null),
  col('mva-kompensasjon', 'vatCompensation', cell.yesNo, false),
  col('bofellesskap', 'sharedHousing', cell.yesNo, false),
  col('døgnbemannet', 'staffed24h', cell.yesNo, false),
  col('personalbase', 'staffBase', cell.yesNo, false),
  col('bydel', 'districtCode', cell.text(10), null, husly),
  col('poststed', 'postalCity', cell.text(100), '', husly),
  col('bra', 'usableAreaM2', cell.decimal(1, 9_999, 1), null, husly),
  col('etasje', 'floor', cell.integer(-5, 99), null, husly),
  col('heis', 'hasLift', cell.yesNo, false, husly),
  col('leie-til-eie', 'rentToOwnPotential', cell.yesNo, false, husly),
  col('forventet klar', 'expectedReadyOn', cell.date, null, husly),
  col('breddegrad', 'latitude', cell.decimal(-90, 90, 6), null, husly),
  col('lengdegrad', 'longitude', cell.decimal(-180, 180, 6), null, husly),
];

/** Header text as compared: lower case, NFC, single spaces. */
export function normaliseHeader(header: string): string {
  return header.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

export const COLUMN_BY_HEADER: ReadonlyMap<string, KoboColumn> = new Map(KOBO_COLUMNS.map((c) => [c.header, c]));
export const COLUMN_BY_FIELD: ReadonlyMap<KoboField, KoboColumn> = new Map(KOBO_COLUMNS.map((c) => [c.field, c]));
