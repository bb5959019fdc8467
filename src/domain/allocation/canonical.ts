/**
 * The canonical form of a round's input: the same input, however its keys and its households,
 * vacancies and set-like lists are ordered, gives the same JSON text, so the server's SHA-256 of
 * it identifies the round for replay and appeal (docs/style.md principle 6). The domain does not
 * hash; it has no crypto.
 */
import type { OccupancyCount } from './concentration.js';
import type { RoundHousehold, RoundInput } from './round-types.js';

/** Names the canonical format; bump it when the input's shape changes so old hashes are not confused with new. */
export const CANONICAL_ROUND_FORMAT = 'husly.allocation-round/1';

/** Code-unit order: the same on every machine and locale. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sortedStrings = (list: readonly string[] | undefined): readonly string[] | undefined => (list === undefined ? undefined : [...list].sort(compareIds));

/** A household with its set-like lists sorted; areaWishes keep their order, which is the household's preference. */
function normalizeHousehold(h: RoundHousehold): RoundHousehold {
  const exclusions = h.exclusions ?? null;
  const choice = h.housingFirstChoice ?? null;
  return {
    ...h,
    childrenAges: [...h.childrenAges].sort((a, b) => a - b),
    ...(h.networkAreas === undefined ? {} : { networkAreas: sortedStrings(h.networkAreas) }),
    ...(h.separateFrom === undefined ? {} : { separateFrom: sortedStrings(h.separateFrom) }),
    ...(exclusions === null ? {} : { exclusions: { districts: sortedStrings(exclusions.districts), buildings: sortedStrings(exclusions.buildings) } }),
    ...(choice === null ? {} : { housingFirstChoice: { dwellingIds: [...choice.dwellingIds].sort(compareIds), districtCodes: [...choice.districtCodes].sort(compareIds) } }),
  };
}

const byOccupancyKey = (a: OccupancyCount, b: OccupancyCount): number => compareIds(a.scope, b.scope) || compareIds(a.key, b.key);

/** The input with households and vacancies by id, occupancy by scope and key, and set-like lists sorted. */
export function normalizeRoundInput(input: RoundInput): RoundInput {
  return {
    ...input,
    households: input.households.map(normalizeHousehold).sort((a, b) => compareIds(a.id, b.id)),
    vacancies: [...input.vacancies].sort((a, b) => compareIds(a.id, b.id)),
    occupancy: [...input.occupancy].sort(byOccupancyKey),
  };
}

/**
 * JSON with object keys in code-unit order and no whitespace; `undefined` members are left out as
 * JSON.stringify does. Throws RangeError for a number that is not finite and TypeError for a
 * value JSON cannot hold (a function, a bigint, a symbol).
 */
export function stableStringify(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v: unknown) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .sort(compareIds)
        .filter((k) => record[k] !== undefined)
        .map((k) => `${JSON.stringify(k)}:${stableStringify(record[k])}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`cannot put a ${typeof value} in canonical JSON`);
  }
}

/**
 * The round's input as canonical JSON (sorted keys; households and vacancies by id; occupancy by
 * scope and key; set-like lists sorted), wrapped with {@link CANONICAL_ROUND_FORMAT}. The server
 * stores its SHA-256 with the round. Throws as {@link stableStringify}.
 */
export function canonicalRoundInput(input: RoundInput): string {
  return stableStringify({ format: CANONICAL_ROUND_FORMAT, input: normalizeRoundInput(input) });
}
