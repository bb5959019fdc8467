/**
 * Nabo kommune (9998), modelled on Bergen: bystyresak 268/16 of 19 October 2016
 * [S: bergen.kommune.no «Kommunale utleieboliger», summarised in docs domain.md § 2.2].
 * Bergen's page names no exception clause; which rules a caseworker may override is our choice [I].
 */
import { text } from '../labels.js';
import type { RuleSet, RuleSource } from '../types.js';

const BERGEN: RuleSource = {
  document: 'Bergen kommune: Kriterier for kommunal utleiebolig, bystyresak 268/16 (19.10.2016), modell for Nabo kommune',
};

export const NABO_9998_V1: RuleSet = {
  id: 'nabo-9998-v1',
  municipality: '9998',
  version: 1,
  /** Fictional start date: the day boligsosial lov took effect (1 July 2023); Bergen's own decision is from 2016 [I]. */
  effectiveFrom: '2023-07-01',
  source: BERGEN,
  /** Months. Bergen states no validity for an approval; 12 as in Sandnes [I]. */
  validityMonths: 12,
  rules: [
    {
      id: 'min-age',
      kind: 'minAge',
      title: text('Alder', 'Alder', 'Age'),
      source: BERGEN,
      // Not overridable: a minor cannot sign a lease alone (vergemålsloven § 9 [R]) [I].
      overridable: false,
      /** Years. Bergen: at least 18 [S]. */
      years: 18,
      exceptWithDailyCareOfChildren: false,
    },
    {
      id: 'registered-resident',
      kind: 'residenceDuration',
      title: text('Botid i kommunen', 'Butid i kommunen', 'Residence in the municipality'),
      source: BERGEN,
      overridable: true,
      /** Months. Bergen: registered (folkeregistrert) in the municipality for the past year [S]; refugees settled for the first time exempt [S]. */
      months: 12,
      exemptRefugeesFirstSettlement: true,
    },
    {
      id: 'housing-situation',
      kind: 'housingSituation',
      title: text('Uten egnet bolig', 'Utan eigna bustad', 'Without a suitable dwelling'),
      source: BERGEN,
      overridable: true,
      accepted: [
        'no_roof', // not named by Bergen, but plainly «uten egnet bolig» [I]
        'emergency_accommodation', // hospits [S]
        'prison_release_2m', // not named by Bergen; treated like an institution [I]
        'institution_release_2m', // living in an institution [S]; modelled as discharge within 2 months [I]
        'staying_with_friends_family', // living temporarily with others [S]
        'time_limited_lease_under_6m', // time-limited lease without right of renewal, < 6 months left [S]
        'unsuitable_dwelling', // clearly unsuitable for health or family reasons [S]
      ],
    },
    {
      id: 'lawful-residence',
      kind: 'lawfulResidence',
      title: text('Lovlig opphold', 'Lovleg opphald', 'Lawful residence'),
      source: BERGEN,
      // Not overridable: widening the accepted grounds is the municipality's policy, not a caseworker's discretion [I].
      overridable: false,
      // Bergen [S]: foreign nationals need asylum, humanitarian residence or permanent right of residence.
      // Read literally, EEA registration without permanent right does not qualify [I].
      accepted: ['citizen', 'refugee', 'humanitarian', 'permanent_residence'],
    },
    {
      id: 'debts',
      kind: 'debtToMunicipality',
      title: text('Gjeld til kommunen', 'Gjeld til kommunen', 'Debts to the municipality'),
      source: BERGEN,
      overridable: true,
      // Bergen [S]: loan default, rent arrears, bostøtte repayment must be paid or under a repayment agreement.
      acceptRepaymentPlan: true,
    },
    {
      id: 'eviction-quarantine',
      kind: 'evictionQuarantine',
      title: text('Karantene etter utkastelse', 'Karantene etter utkasting', 'Quarantine after eviction'),
      source: BERGEN,
      overridable: true,
      /** Months. Bergen: quarantine of up to 1 year after an eviction [S]; modelled as the full year, shorter by override [I]. */
      months: 12,
    },
    {
      id: 'income-ceiling',
      kind: 'incomeCeiling',
      title: text('Inntektsgrense', 'Inntektsgrense', 'Income ceiling'),
      source: BERGEN,
      overridable: true,
      /** Gross household income in G by household size (Bergen) [S]; income equal to the ceiling passes [I]. */
      bands: [
        { householdSize: 1, maxG: 3.5 },
        { householdSize: 2, maxG: 4.0 },
        { householdSize: 3, maxG: 4.5 },
        { householdSize: 4, maxG: 5.0 },
      ],
      // Bergen does not exclude any member's income (Oslo excludes members under 20) [I].
    },
  ],
};
