/**
 * A building is its matrikkel key `knr-gnr/bnr/fnr/snr` (as the allocation rules' concentration
 * limits build it from a dwelling's kommunenummer, gårds-, bruks-, feste- and seksjonsnummer).
 * In a URL it is written with dashes only (`knr-gnr-bnr-fnr-snr`), so it needs no escaping.
 */
const KEY = /^(\d{4})-(\d+)\/(\d+)\/(\d+)\/(\d+)$/;
const SLUG = /^(\d{4})-(\d+)-(\d+)-(\d+)-(\d+)$/;

export const isBuildingKey = (value: string): boolean => KEY.test(value);

export function buildingSlug(key: string): string {
  const m = KEY.exec(key);
  if (!m) throw new RangeError(`not a building key: ${key}`);
  return `${m[1]}-${m[2]}-${m[3]}-${m[4]}-${m[5]}`;
}

/** The building key of a URL slug, or null when the slug is not one. */
export function buildingKeyOfSlug(slug: string): string | null {
  const m = SLUG.exec(slug);
  return m ? `${m[1]}-${m[2]}/${m[3]}/${m[4]}/${m[5]}` : null;
}
