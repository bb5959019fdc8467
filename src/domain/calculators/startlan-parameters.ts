import type { DatedTable } from './parameters.js';

/**
 * Default dated parameters for the startlån affordability calculator (docs/domain.md § 8.1 and
 * § 10.3). Tags: [S] sourced, [R] recalled, [I] inferred. Where a rule's first day is unknown the
 * row starts on {@link TABLE_START}; that date only marks where this default table begins.
 */

/** [I] Where rows whose real start date we do not know begin. Earlier dates have no parameters. */
const TABLE_START = '2023-01-01';

/**
 * Statens veiledende retningslinjer for økonomisk stønad til livsopphold, kroner per month.
 * `couple` is for the two together; `sharedHousing` is per person in a bofellesskap.
 */
export interface GuidelineRates {
  readonly single: number;
  readonly couple: number;
  readonly sharedHousing: number;
  readonly child0to5: number;
  readonly child6to10: number;
  readonly child11to17: number;
}

/** SIFO's reference budget per person, kroner per month, household goods shared out per person. */
export interface SifoReference {
  readonly adult: number;
  readonly child0to5: number;
  readonly child6to10: number;
  readonly child11to17: number;
}

export interface StartlanTables {
  /** Norges Bank's policy rate (styringsrente), percent. */
  readonly policyRate: DatedTable<number>;
  /** Husbanken's add-on to the policy rate in the stress test, percentage points. */
  readonly stressAddOn: DatedTable<number>;
  /** Husbanken's floating rate for monthly instalments, percent. */
  readonly husbankenRate: DatedTable<number>;
  /** What the municipality may add to Husbanken's rate, percentage points. */
  readonly municipalMarkup: DatedTable<number>;
  /** Husbanken's term fee, kroner per month. */
  readonly termFee: DatedTable<number>;
  /** Normal and longest term, years. */
  readonly term: DatedTable<{ readonly standardYears: number; readonly maxYears: number }>;
  readonly guidelineRates: DatedTable<GuidelineRates>;
  readonly sifoReference: DatedTable<SifoReference>;
  /** Economies of scale in SIFO's budget for large households: `discount` off the total from `fromPersons` persons. */
  readonly sifoScale: DatedTable<{ readonly fromPersons: number; readonly discount: number }>;
  /** Below this largest loan the calculator advises against (kroner). A municipal choice. */
  readonly minimumUsefulLoan: DatedTable<number>;
}

export const STARTLAN_TABLES: StartlanTables = {
  policyRate: [
    /** [S] Raised to 4.5 % at the meeting announced 14 Dec 2023 (dagsavisen.no 2023-12-14; norges-bank.no: «has stood at 4.5 percent since December 2023»). In force from the next day [R]. */
    { effectiveFrom: '2023-12-15', value: 4.5, source: 'Norges Bank, rentebeslutning 14.12.2023', tag: 'S' },
    /** [S] norges-bank.no press release 2025-06-19 «Policy rate reduced to 4.25 percent». In force from the next day [R]. */
    { effectiveFrom: '2025-06-20', value: 4.25, source: 'Norges Bank, rentebeslutning 19.06.2025', tag: 'S' },
    /** [S] norges-bank.no press release 2025-09-18 «Policy rate reduced to 4 percent»; kept at 4 % on 2025-11-06 and 2025-12-18. In force from the next day [R]. */
    { effectiveFrom: '2025-09-19', value: 4, source: 'Norges Bank, rentebeslutning 18.09.2025', tag: 'S' },
  ],
  stressAddOn: [
    /** [S] husbanken.no, Veileder for startlån «Rentestresstest»: styringsrente + 2.5 pp, the municipality's 0.25 pp included. */
    { effectiveFrom: TABLE_START, value: 2.5, source: 'Husbanken, Veileder for startlån, «Rentestresstest»', tag: 'S' },
  ],
  husbankenRate: [
    /** [S] husbanken.no/rente (page for July 2024): floating rate for monthly instalments «fram til 30. juni». The start date 1 May follows the bimonthly schedule (Jan, Mar, May …) [I]. */
    { effectiveFrom: '2024-05-01', value: 4.554, source: 'husbanken.no/rente, flytende rente, månedlige terminer (mai–juni 2024)', tag: 'S' },
    /** [S] husbanken.no/rente: «Ny flytende rente fra 1. juli er 4,640 %» (monthly instalments). Later rows missing: enter the current rate. */
    { effectiveFrom: '2024-07-01', value: 4.64, source: 'husbanken.no/rente, flytende rente, månedlige terminer fra 1.7.2024', tag: 'S' },
  ],
  municipalMarkup: [
    /** [S] husbanken.no/rente and /startlaan: the municipality may add up to 0.25 pp to cover its costs. */
    { effectiveFrom: TABLE_START, value: 0.25, source: 'husbanken.no/startlaan «Renter»: inntil 0,25 prosentpoeng', tag: 'S' },
  ],
  termFee: [
    /** [S] docs/domain.md § 8.1 (husbanken.no «Lånevilkår»): term fee 40 kr. */
    { effectiveFrom: TABLE_START, value: 40, source: 'Husbanken «Lånevilkår»: termingebyr', tag: 'S' },
  ],
  term: [
    /** [S] docs/domain.md § 8.1 (husbanken.no «Lånevilkår»): 30 years, up to 50 in special cases. */
    { effectiveFrom: TABLE_START, value: { standardYears: 30, maxYears: 50 }, source: 'Husbanken «Lånevilkår»: nedbetalingstid', tag: 'S' },
  ],
  guidelineRates: [
    /** [S] regjeringen.no Rundskriv A-3/2023, the rates «gjeldande frå 1. juli 2023» given in brackets. */
    {
      effectiveFrom: '2023-07-01',
      value: { single: 7550, couple: 12_600, sharedHousing: 6350, child0to5: 3700, child6to10: 3800, child11to17: 4950 },
      source: 'Statlige veiledende retningslinjer for økonomisk stønad (rundskriv A-3/2023), satser fra 1.7.2023',
      tag: 'S',
    },
    /** [S] regjeringen.no Rundskriv A-3/2023 «Statlege rettleiande retningslinjer for økonomisk stønad for 2024». Rows for 2025 onward are missing. */
    {
      effectiveFrom: '2024-01-01',
      value: { single: 7850, couple: 13_100, sharedHousing: 6600, child0to5: 3850, child6to10: 3950, child11to17: 5150 },
      source: 'Statlige veiledende retningslinjer for økonomisk stønad (rundskriv A-3/2023), satser fra 1.1.2024',
      tag: 'S',
    },
  ],
  sifoReference: [
    /**
     * [I] Placeholder amounts of the right order of magnitude, not SIFO's figures: no source in
     * docs/domain.md gives them. Replace with the year's figures from SIFO's calculator
     * (oslomet.no «Referansebudsjettet»). Shown as a reference only; never used in the margin.
     */
    {
      effectiveFrom: '2024-01-01',
      value: { adult: 9000, child0to5: 3500, child6to10: 4300, child11to17: 5300 },
      source: 'SIFO referansebudsjett (anslag, ikke SIFOs tall)',
      tag: 'I',
    },
  ],
  sifoScale: [
    /** [S] husbanken.no «Bruk av SIFO-budsjettet»: 12 % economies of scale for large households. From five persons is our reading of «large» [I]. */
    { effectiveFrom: TABLE_START, value: { fromPersons: 5, discount: 0.12 }, source: 'Husbanken «Bruk av SIFO-budsjettet»: stordriftsfordeler 12 %', tag: 'I' },
  ],
  minimumUsefulLoan: [
    /** [I] A municipal choice; 50 000 kr is our default for the smallest top-up or refinancing loan worth granting. */
    { effectiveFrom: TABLE_START, value: 50_000, source: 'Husly standard (kommunen kan endre)', tag: 'I' },
  ],
};
