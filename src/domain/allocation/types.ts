/**
 * Facts about households and dwellings that the priority rules, the suitability rules and the
 * allocation round read. The server fills them from the application (contracts/cases.ts), the
 * approved decision (contracts/case-decisions.ts) and the dwelling register; the domain never
 * reads the database. Norwegian terms and sources are mapped in docs/glossary.md.
 */
import type { NeedCategory, YesNoUnknown } from '../cases/case-types.js';
import type { HousingSituation, Language, LocalizedText, RuleSource } from '../eligibility/types.js';

export type { HousingSituation, Language, LocalizedText, NeedCategory, RuleSource, YesNoUnknown };

/** The application's special needs (søknadens særlige behov), as in contracts `specialNeedsSchema`. */
export interface SpecialNeeds {
  /** Needs a wheelchair-accessible dwelling (rullestoltilpasset). */
  readonly wheelchair: boolean;
  /** Needs a lift unless the dwelling is on the ground floor. */
  readonly lift: boolean;
  /** Needs a ground-floor dwelling (1. etasje). */
  readonly groundFloor: boolean;
  /** Needs a dwelling staffed day and night (døgnbemannet). */
  readonly staffed: boolean;
  /** Needs a staff base nearby (personalbase). */
  readonly staffBase: boolean;
  /** Whether shared housing (bofellesskap) is suitable. */
  readonly sharedHousingOk: YesNoUnknown;
  /** The children's primary-school district (skolekrets), when keeping it matters. */
  readonly schoolDistrict: string | null;
}

/** The special needs that are yes/no flags, in the order they are listed to people. */
export const SPECIAL_NEED_FLAGS = ['wheelchair', 'lift', 'groundFloor', 'staffed', 'staffBase'] as const;
export type SpecialNeedFlag = (typeof SPECIAL_NEED_FLAGS)[number];

/** What the approved decision promises about the dwelling (vedtakets boligkrav), contracts `decisionContentSchema.dwelling`. */
export interface DwellingRequirement {
  /** 0 for a one-room dwelling. */
  readonly bedrooms: number;
  readonly floorRequirement: 'none' | 'ground_floor' | 'ground_floor_or_lift';
  readonly lift: boolean;
  readonly wheelchair: boolean;
}

/** A vacant dwelling as the suitability rules see it (from the dwelling register). */
export interface DwellingFacts {
  readonly id: string;
  /** District (levekårssone / bydel); null when not registered. */
  readonly districtCode: string | null;
  /** The building (matrikkel unit without the unit number), see {@link buildingKey}. */
  readonly buildingKey: string;
  /** 0 for a one-room dwelling. */
  readonly bedrooms: number;
  /** Storey: 1 is the ground floor (1. etasje); 0 or below is a basement; null when not registered. */
  readonly floor: number | null;
  readonly hasLift: boolean;
  readonly wheelchairAccessible: boolean;
  /** A room or flat in shared housing (bofellesskap). */
  readonly sharedHousing: boolean;
  /** Staffed day and night (døgnbemannet). */
  readonly staffed24h: boolean;
  /** Has a staff base (personalbase). */
  readonly staffBase: boolean;
  /** Primary-school district (skolekrets barneskole); null when not registered. */
  readonly schoolDistrictPrimary: string | null;
}

/** The parts of a dwelling's matrikkel identity that name its building. */
export interface MatrikkelUnit {
  readonly knr: string;
  readonly gnr: number;
  readonly bnr: number;
  readonly fnr: number;
  readonly snr: number;
}

/**
 * The key of a dwelling's building, `knr-gnr/bnr/fnr/snr` (e.g. `9999-12/34/0/0`): the units of
 * one building share it and differ only in bruksenhetsnummer and ekstrareferanse.
 */
export function buildingKey(unit: MatrikkelUnit): string {
  return `${unit.knr}-${unit.gnr}/${unit.bnr}/${unit.fnr}/${unit.snr}`;
}

/** Fields every versioned allocation rule set has (as the eligibility rule sets). */
export interface VersionedRuleSet {
  readonly id: string;
  /** Kommunenummer (SSB, 4 digits). */
  readonly municipality: string;
  /** 1, 2, … per municipality. */
  readonly version: number;
  /** ISO date the version applies from; the latest on or before the round's date is used. */
  readonly effectiveFrom: string;
  readonly source: RuleSource;
}

/** A rule set's identity as stored with a round and shown in its record. */
export interface RuleSetVersion {
  readonly id: string;
  readonly version: number;
}
