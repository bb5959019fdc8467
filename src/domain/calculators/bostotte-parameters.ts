import type { DatedTable } from './parameters.js';

/**
 * Default dated parameters for the bostøtte estimate (bustøttelova, forskrift om bustøtte;
 * docs/domain.md § 8.2). The numbers are the ones docs/domain.md quotes from Husbanken's
 * veileder, edition for 1.10.2022–31.12.2022, and are out of date: Husbanken raises caps and
 * thresholds from time to time. A later edition gives a minimum own share of 23 949 kr
 * [S: advokatwulff.no] without the date it took effect, so it is not a row here; add it when
 * the date is confirmed. Tags: [S] sourced, [R] recalled, [I] inferred.
 */

/** [I] The veileder edition's period starts 1.10.2022; earlier dates have no parameters here. */
const EDITION_2022 = '2022-10-01';
const VEILEDER = 'Husbanken, Veileder i regelverk for bostøtte';

/** Municipal add-on groups to the housing cost cap (forskrift om bustøtte § 3). */
export const CAP_GROUPS = ['oslo', 'group_2', 'group_3', 'none'] as const;
export type CapGroup = (typeof CAP_GROUPS)[number];

/** Households with their own income thresholds (forskrift om bustøtte § 4, fourth and fifth paragraphs). */
export const APPLICANT_CATEGORIES = ['standard', 'young_disabled', 'single_old_age_pensioner'] as const;
export type ApplicantCategory = (typeof APPLICANT_CATEGORIES)[number];

export interface LinearOwnShare {
  /** Weighted income (kr/year) above which `ratePercent` of the excess is added. */
  readonly threshold: number;
  /** The threshold for a household with a single old-age pensioner. */
  readonly thresholdSingleOldAgePensioner: number;
  readonly ratePercent: number;
}

export interface ProgressiveOwnShare {
  /** Weighted income (kr/year) above which the progressive term applies. */
  readonly threshold: number;
  readonly thresholdYoungDisabled: number;
  readonly thresholdSingleOldAgePensioner: number;
  /** Percent at one krone above the threshold. */
  readonly startRatePercent: number;
  /** The percent rises by this many points … */
  readonly stepPercentagePoints: number;
  /** … for every this many kroner of further weighted income. */
  readonly stepKroner: number;
  /**
   * What the percent is taken of. The veileder says «0,27 prosent av ei omrekna inntekt på kr 195 221»,
   * which reads as the whole weighted income; docs/domain.md flags the wording as ambiguous and asks
   * for a check against Husbanken's bostøttekalkulator. `excess` takes it of the income above the threshold.
   */
  readonly base: 'whole_income' | 'excess';
}

export interface BostotteTables {
  /** Share of (counted housing costs − own share) paid (forskrift § 1). */
  readonly coverageRate: DatedTable<number>;
  /** Housing cost cap, kr/year, by household size: index 0 = 1 person … 4 = 5 persons or more. */
  readonly housingCostCaps: DatedTable<readonly [number, number, number, number, number]>;
  /** Add-on to the cap by municipality group, kr/year. */
  readonly capAddOns: DatedTable<Readonly<Record<CapGroup, number>>>;
  /** Add-on to the cap for a dwelling specially adapted because of disability, kr/year. */
  readonly adaptedDwellingAddOn: DatedTable<number>;
  /** Minimum own share, kr/year. */
  readonly minimumOwnShare: DatedTable<number>;
  readonly linearOwnShare: DatedTable<LinearOwnShare>;
  readonly progressiveOwnShare: DatedTable<ProgressiveOwnShare>;
  /** Income ÷ (first + perExtraMember × (members − 1)) (forskrift § 7). */
  readonly incomeWeights: DatedTable<{ readonly first: number; readonly perExtraMember: number }>;
  /** Smallest monthly payment; a smaller result pays nothing, kr/month. */
  readonly minimumPayment: DatedTable<number>;
  /** Capital income allowance (fribeløp) per household member, kr/year. */
  readonly capitalIncomeAllowance: DatedTable<number>;
}

export const BOSTOTTE_TABLES: BostotteTables = {
  coverageRate: [
    /** [S] Forskrift om bustøtte § 1 «73,7 prosent» (lovdata, amended by forskrift 16.12.2015 nr. 1688 in force 1.1.2016); docs/domain.md § 0. */
    { effectiveFrom: '2016-01-01', value: 0.737, source: 'Forskrift om bustøtte § 1', tag: 'S' },
  ],
  housingCostCaps: [
    /** [S] docs/domain.md § 8.2 (husbanken.no «Øvre grenser for boutgifter», 2022 edition). From 1.10.2022 is the edition's period [I]. */
    { effectiveFrom: EDITION_2022, value: [78_237, 97_404, 108_263, 119_124, 129_983], source: 'Forskrift om bustøtte § 3; husbanken.no «Øvre grenser for boutgifter» (2022)', tag: 'S' },
  ],
  capAddOns: [
    /** [S] docs/domain.md § 8.2: +24 900 Oslo; +16 978 Bergen, Trondheim, Tromsø, Stavanger, Bærum; +11 319 the group 3 list. */
    { effectiveFrom: EDITION_2022, value: { oslo: 24_900, group_2: 16_978, group_3: 11_319, none: 0 }, source: 'Forskrift om bustøtte § 3; husbanken.no «Øvre grenser for boutgifter» (2022)', tag: 'S' },
  ],
  adaptedDwellingAddOn: [
    /** [S] docs/domain.md § 8.2: +5 093 for a specially adapted dwelling due to disability. */
    { effectiveFrom: EDITION_2022, value: 5093, source: 'husbanken.no «Øvre grenser for boutgifter» (2022)', tag: 'S' },
  ],
  minimumOwnShare: [
    /** [S] Veileder 2.3.4: «Minste eigendel er kr 22 487 per år for alle». */
    { effectiveFrom: EDITION_2022, value: 22_487, source: `${VEILEDER} 2.3.4 (forskrift § 4)`, tag: 'S' },
  ],
  linearOwnShare: [
    /** [S] Veileder 2.3.4: 16.44 % of weighted income above 110 866; 115 165 for a single old-age pensioner. */
    { effectiveFrom: EDITION_2022, value: { threshold: 110_866, thresholdSingleOldAgePensioner: 115_165, ratePercent: 16.44 }, source: `${VEILEDER} 2.3.4 (forskrift § 4)`, tag: 'S' },
  ],
  progressiveOwnShare: [
    /** [S] Veileder 2.3.4: «I perioden 1. oktober 2022–31. desember 2022 er det progressive leddet 0,12 prosent … 0,12 prosentpoeng for kvar kr 1 205». The base is our reading [I]. */
    {
      effectiveFrom: EDITION_2022,
      value: { threshold: 195_220, thresholdYoungDisabled: 243_423, thresholdSingleOldAgePensioner: 201_243, startRatePercent: 0.12, stepPercentagePoints: 0.12, stepKroner: 1205, base: 'whole_income' },
      source: `${VEILEDER} 2.3.4 (forskrift § 4), perioden 1.10.–31.12.2022`,
      tag: 'S',
    },
    /**
     * [S] Veileder 2.3.4: the standing rule is 0.27 % rising by 0.27 pp per 1 205 kr; the 0.12 % applied
     * only to 1.10.–31.12.2022. That it resumed on 1.1.2023 with the other 2022 amounts unchanged is [I].
     */
    {
      effectiveFrom: '2023-01-01',
      value: { threshold: 195_220, thresholdYoungDisabled: 243_423, thresholdSingleOldAgePensioner: 201_243, startRatePercent: 0.27, stepPercentagePoints: 0.27, stepKroner: 1205, base: 'whole_income' },
      source: `${VEILEDER} 2.3.4 (forskrift § 4); beløpene fra 2022 videreført [I]`,
      tag: 'I',
    },
  ],
  incomeWeights: [
    /** [S] Veileder 2.4.1 (forskrift § 7): 1.0 + 0.13 per further member; 3 persons with 300 000 → 238 095. */
    { effectiveFrom: EDITION_2022, value: { first: 1, perExtraMember: 0.13 }, source: `${VEILEDER} 2.4.1 (forskrift § 7)`, tag: 'S' },
  ],
  minimumPayment: [
    /** [S] docs/domain.md § 8.2 (veileder 1.3): minimum payment 51 kr a month. */
    { effectiveFrom: EDITION_2022, value: 51, source: `${VEILEDER} 1.3`, tag: 'S' },
  ],
  capitalIncomeAllowance: [
    /** [S] docs/domain.md § 8.2 (veileder «Inntekt»): fribeløp 6 205 kr per household member on capital income. */
    { effectiveFrom: EDITION_2022, value: 6205, source: `${VEILEDER}, «Inntekt»`, tag: 'S' },
  ],
};

/**
 * Which municipalities get which add-on (docs/domain.md § 8.2, names [S]). The kommunenummer are
 * [R]: 2020–2023 and 2024– numbers where the regional reforms changed them. Skedsmo (group 3 in the
 * 2022 list) has been part of Lillestrøm since 2020 and cannot be told apart by number, so Lillestrøm
 * is not mapped; choose the group on the form instead.
 */
export const CAP_GROUP_MUNICIPALITIES: Readonly<Record<Exclude<CapGroup, 'none'>, readonly { readonly name: string; readonly kommunenummer: readonly string[] }[]>> = {
  oslo: [{ name: 'Oslo', kommunenummer: ['0301'] }],
  group_2: [
    { name: 'Bergen', kommunenummer: ['4601'] },
    { name: 'Trondheim', kommunenummer: ['5001'] },
    { name: 'Tromsø', kommunenummer: ['5401', '5501'] },
    { name: 'Stavanger', kommunenummer: ['1103'] },
    { name: 'Bærum', kommunenummer: ['3024', '3201'] },
  ],
  group_3: [
    { name: 'Kristiansand', kommunenummer: ['4204'] },
    { name: 'Skedsmo', kommunenummer: [] },
    { name: 'Frogn', kommunenummer: ['3022', '3214'] },
    { name: 'Lørenskog', kommunenummer: ['3029', '3222'] },
    { name: 'Nordre Follo', kommunenummer: ['3020', '3207'] },
    { name: 'Asker', kommunenummer: ['3025', '3203'] },
    { name: 'Nesodden', kommunenummer: ['3023', '3212'] },
    { name: 'Sola', kommunenummer: ['1124'] },
    { name: 'Sandnes', kommunenummer: ['1108'] },
  ],
};

/** The add-on group of a municipality by kommunenummer; `none` when it is not in a group. */
export function capGroupOf(kommunenummer: string): CapGroup {
  for (const group of ['oslo', 'group_2', 'group_3'] as const) {
    if (CAP_GROUP_MUNICIPALITIES[group].some((m) => m.kommunenummer.includes(kommunenummer))) return group;
  }
  return 'none';
}
