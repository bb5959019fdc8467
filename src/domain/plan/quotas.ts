/**
 * The groups an action plan's quota rules for building projects may name (issue 7 § 2): in
 * projects of at least `minUnits` units, at least `sharePercent` % of the units for the group.
 * The list is Husly's [I], after Sandnes' plan (units for people with disabilities, the elderly,
 * municipal rental, rent to own, young people). Keys are stored in action_plan_quota.group_key and
 * building_project_quota.group_key: never rename one.
 */

export const QUOTA_GROUPS = ['disabled', 'elderly', 'municipal_rental', 'rent_to_own', 'youth'] as const;

export type QuotaGroup = (typeof QUOTA_GROUPS)[number];

export interface QuotaGroupLabel {
  readonly nb: string;
  readonly nn: string;
  readonly en: string;
}

export const QUOTA_GROUP_LABELS: Readonly<Record<QuotaGroup, QuotaGroupLabel>> = {
  disabled: { nb: 'Personer med funksjonsnedsettelse', nn: 'Personar med funksjonsnedsetjing', en: 'People with disabilities' },
  elderly: { nb: 'Eldre', nn: 'Eldre', en: 'Older people' },
  municipal_rental: { nb: 'Kommunal utleie', nn: 'Kommunal utleige', en: 'Municipal rental' },
  rent_to_own: { nb: 'Leie til eie', nn: 'Leige til eige', en: 'Rent to own' },
  youth: { nb: 'Unge i etableringsfasen', nn: 'Unge i etableringsfasen', en: 'Young people setting up home' },
};

/** Whether `key` is one of the quota groups. */
export function isQuotaGroup(key: string): key is QuotaGroup {
  return (QUOTA_GROUPS as readonly string[]).includes(key);
}

/** The group's label in the language (the key itself for an unknown group, so old data still shows). */
export function quotaGroupLabel(key: string, language: 'nb' | 'nn' | 'en'): string {
  return isQuotaGroup(key) ? QUOTA_GROUP_LABELS[key][language] : key;
}

export interface QuotaRule {
  readonly groupKey: string;
  readonly sharePercent: number;
  readonly minUnits: number;
}

/**
 * The units a project of `unitsTotal` units must set aside for the rule's group: none below
 * `minUnits`, otherwise the share rounded up (10 % of 25 units is 3).
 * @throws RangeError for a unit count that is not a positive whole number.
 */
export function requiredUnits(rule: QuotaRule, unitsTotal: number): number {
  if (!Number.isInteger(unitsTotal) || unitsTotal < 0) throw new RangeError(`unitsTotal must be a whole number ≥ 0: ${unitsTotal}`);
  if (unitsTotal < rule.minUnits) return 0;
  return Math.ceil((unitsTotal * rule.sharePercent) / 100 - 1e-9);
}
