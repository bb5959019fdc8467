/**
 * Kinds of dwellings and how the municipality holds them. Codes are English; the Norwegian
 * labels are what Kobo's import sheet and the KOSTRA form use (domain.md §§ 3 and 4).
 */

/**
 * Disposisjonsform, the KOSTRA split of the stock (SSB skjema 13, punkt 2):
 * - `municipally_owned`: kommunalt eid, «når kommunen er eier og leier ut»;
 * - `leased_from_private`: innleid, rented by the municipality from a private owner and sublet;
 * - `private_with_allocation_right`: privat eid med kommunal disposisjonsrett (the municipality
 *   decides who may rent, or who may buy).
 */
export const DISPOSAL_FORMS = ['municipally_owned', 'leased_from_private', 'private_with_allocation_right'] as const;
export type DisposalForm = (typeof DISPOSAL_FORMS)[number];

/** Disposal forms where a private owner exists and must be named (boligeier) [I]. */
export const OWNER_REQUIRED: ReadonlySet<DisposalForm> = new Set(['leased_from_private', 'private_with_allocation_right']);

/**
 * Dwelling types. Kobo's `boligtype` enum is not public in the sources we have (domain.md § 4),
 * so this list is Husly's [I]; the import accepts the Norwegian label or the code.
 * `bedsit` is the one-room unit (hybel / ettromsleilighet); `room_in_shared` is a room with its
 * own lease in a bofellesskap (each counts as one dwelling, KOSTRA); `small_house` is the small
 * detached unit for people in active substance use (småhus / skjermet bolig).
 */
export const DWELLING_TYPES = [
  'apartment',
  'bedsit',
  'room_in_shared',
  'detached',
  'semi_detached',
  'terraced',
  'care_dwelling',
  'small_house',
] as const;
export type DwellingType = (typeof DWELLING_TYPES)[number];

/** Norwegian labels (bokmål) as written in Kobo-style sheets; first label is the one exported. */
export const DWELLING_TYPE_LABELS: Readonly<Record<DwellingType, readonly string[]>> = {
  apartment: ['leilighet'],
  bedsit: ['hybel', 'ettromsleilighet', 'ettroms'],
  room_in_shared: ['rom i bofellesskap', 'bofellesskap'],
  detached: ['enebolig'],
  semi_detached: ['tomannsbolig'],
  terraced: ['rekkehus'],
  care_dwelling: ['omsorgsbolig'],
  small_house: ['småhus', 'skjermet bolig'],
};

export const DISPOSAL_FORM_LABELS: Readonly<Record<DisposalForm, readonly string[]>> = {
  municipally_owned: ['kommunalt eid', 'eid', 'kommunal'],
  leased_from_private: ['innleid', 'innleid fra privat'],
  private_with_allocation_right: ['privat med disposisjonsrett', 'disposisjonsrett', 'tildelingsrett'],
};

/** Finds the code for a label or a code, ignoring case and extra spaces; undefined when unknown. */
export function codeForLabel<T extends string>(labels: Readonly<Record<T, readonly string[]>>, value: string): T | undefined {
  const wanted = value.trim().toLowerCase().replace(/\s+/g, ' ').replace(/_/g, ' ');
  for (const [code, names] of Object.entries(labels) as Array<[T, readonly string[]]>) {
    if (code.replace(/_/g, ' ') === wanted || names.includes(wanted)) return code;
  }
  return undefined;
}
