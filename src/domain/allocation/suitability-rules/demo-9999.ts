/**
 * Demo kommune (9999), suitability modelled on Sandnes' aim «rett leietaker i rett bolig»
 * [S: veiviseren.no, Statens pris for boligsosialt arbeid 2016, Sandnes]. Sandnes publishes no
 * weights, norms or caps; every number here is ours [I].
 */
import { text } from '../../eligibility/labels.js';
import type { SuitabilityRuleSet } from '../suitability-types.js';
import type { RuleSource } from '../types.js';
import { BEDROOM_NORM_ROWS, BEDROOM_NORM_SOURCE, CONCENTRATION_SOURCE } from './common.js';

const DEMO: RuleSource = {
  document: 'Demo kommune: egnethet og vekter (Husly-modell etter Sandnes kommunes «rett leietaker i rett bolig», ikke vedtatt) [I]',
};

export const DEMO_9999_SUITABILITY_V1: SuitabilityRuleSet = {
  id: 'demo-9999-suitability-v1',
  municipality: '9999',
  version: 1,
  /** Fictional start date: the day boligsosial lov took effect (1 July 2023) [I]. */
  effectiveFrom: '2023-07-01',
  source: DEMO,
  bedroomNorm: { rows: BEDROOM_NORM_ROWS, source: BEDROOM_NORM_SOURCE },
  /** Shared housing only when the application says it suits: brukermedvirkning, boligsosial lov § 7 [I]. */
  sharedHousingWhenUnknown: { acceptable: false, source: { document: 'Boligsosial lov § 7 (brukermedvirkning): bofellesskap bare når søkeren har sagt ja [I]' } },
  /** Staffed dwellings are few and costly; only for households who need staffing [I]. */
  staffedReserved: { reserved: true, source: DEMO },
  scores: {
    /** Every feasible pair starts at 30 of 100 [I]. */
    base: 30,
    /** First, second and third wish; later wishes 5 [I]. */
    areaWishByRank: [30, 20, 10, 5],
    /** Keeping children in their school weighs close to a first wish: barns beste [I]. */
    schoolDistrict: 25,
    /** [I] */
    networkArea: 15,
    /** Housing First choice is the strongest bonus: brukermedbestemmelse over location and type (domain.md § 7) [S]; the weight [I]. */
    housingFirstDwelling: 60,
    /** [I] */
    housingFirstDistrict: 40,
    /** [I] */
    idealBedrooms: 10,
    source: DEMO,
  },
  concentrationLimits: [
    {
      id: 'substance-use-district',
      title: text('Rus: høyst 10 % av boligene i en bydel', 'Rus: høgst 10 % av bustadene i ein bydel', 'Substance use: at most 10% of the dwellings in a district'),
      source: CONCENTRATION_SOURCE,
      scope: 'district',
      group: 'substance_use',
      needCategories: ['substance_use', 'mental_illness_and_substance_use'],
      maxCount: null,
      /** Share [I]. */
      maxShare: 0.1,
    },
    {
      id: 'substance-use-building',
      title: text('Rus: høyst 2 boliger i samme bygg', 'Rus: høgst 2 bustader i same bygg', 'Substance use: at most 2 dwellings in one building'),
      source: CONCENTRATION_SOURCE,
      scope: 'building',
      group: 'substance_use',
      needCategories: ['substance_use', 'mental_illness_and_substance_use'],
      /** Dwellings [I]. */
      maxCount: 2,
      maxShare: null,
    },
  ],
};
