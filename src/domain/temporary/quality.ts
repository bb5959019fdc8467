/**
 * The quality checklist of a place in temporary accommodation. Helsetilsynet: a midlertidig
 * botilbud must be «forsvarlig» and have the facilities normal for a dwelling — use of the rooms
 * 24 hours a day, cooking, toilet and bath, laundry — and the requirements are stricter for
 * children and young people (domain.md § 5).
 *
 * Husly reads this as two levels [I]:
 * - **complete**: all four facilities. This is the standard to aim for, for everyone.
 * - **required**: what a place must have before Husly stops warning. With children present,
 *   all four (the stricter requirement). Without children, 24-hour access and WC and bath: a
 *   person must be able to stay in the place during the day and keep clean; cooking and laundry
 *   can for a short time be covered by a service (meals, a laundry arrangement). A night shelter
 *   (natthjem), open only at night, therefore never meets the requirement — which is why KOSTRA
 *   counts it separately.
 * A place that falls short is not refused: NAV must find a concrete place for tonight (a benefit
 * in kind), so the shortfall is shown, not blocked.
 */

export const QUALITY_ITEMS = ['access24h', 'cooking', 'wcAndBath', 'laundry'] as const;
export type QualityItem = (typeof QUALITY_ITEMS)[number];

export type QualityChecklist = Readonly<Record<QualityItem, boolean>>;

/** Items required without children present [I]; with children, every item (Helsetilsynet: stricter for children). */
export const REQUIRED_WITHOUT_CHILDREN: readonly QualityItem[] = ['access24h', 'wcAndBath'];

export interface QualityAssessment {
  /** All four facilities are there. */
  readonly complete: boolean;
  /** Facilities the place lacks, in checklist order. */
  readonly missing: readonly QualityItem[];
  /** What is required for this household (all four when children are present). */
  readonly required: readonly QualityItem[];
  /** Required facilities the place lacks. */
  readonly missingRequired: readonly QualityItem[];
  readonly meetsRequirement: boolean;
}

/** The items required for a household with or without children present. */
export function requiredItems(childrenPresent: boolean): readonly QualityItem[] {
  return childrenPresent ? QUALITY_ITEMS : REQUIRED_WITHOUT_CHILDREN;
}

/** Assesses a place's checklist for a household with or without children present. */
export function assessQuality(checklist: QualityChecklist, childrenPresent: boolean): QualityAssessment {
  const missing = QUALITY_ITEMS.filter((item) => !checklist[item]);
  const required = requiredItems(childrenPresent);
  const missingRequired = missing.filter((item) => required.includes(item));
  return { complete: missing.length === 0, missing, required, missingRequired, meetsRequirement: missingRequired.length === 0 };
}
