/**
 * Nabo kommune (9998), suitability modelled on Bergen, which allocates within levekårssoner
 * [S: bergen.kommune.no «Kommunale utleieboliger», domain.md § 2.2: about 3 400–3 600 units].
 * Bergen publishes no weights, norms or caps; every number here is ours [I].
 */
import { text } from '../../eligibility/labels.js';
import type { SuitabilityRuleSet } from '../suitability-types.js';
import type { RuleSource } from '../types.js';
import { BEDROOM_NORM_ROWS, BEDROOM_NORM_SOURCE, CONCENTRATION_SOURCE } from './common.js';

const NABO: RuleSource = { document: 'Nabo kommune: egnethet og vekter (Husly-modell etter Bergen kommune, ikke vedtatt) [I]' };

export const NABO_9998_SUITABILITY_V1: SuitabilityRuleSet = {
  id: 'nabo-9998-suitability-v1',
  municipality: '9998',
  version: 1,
  /** Fictional start date: the day boligsosial lov took effect (1 July 2023) [I]. */
  effectiveFrom: '2023-07-01',
  source: NABO,
  bedroomNorm: { rows: BEDROOM_NORM_ROWS, source: BEDROOM_NORM_SOURCE },
  /** Shared housing only when the application says it suits [I]. */
  sharedHousingWhenUnknown: { acceptable: false, source: NABO },
  /** [I] */
  staffedReserved: { reserved: true, source: NABO },
  scores: {
    /** [I] */
    base: 40,
    /** [I] */
    areaWishByRank: [25, 15, 5],
    /** [I] */
    schoolDistrict: 30,
    /** [I] */
    networkArea: 10,
    /** [I] */
    housingFirstDwelling: 55,
    /** [I] */
    housingFirstDistrict: 35,
    /** [I] */
    idealBedrooms: 5,
    source: NABO,
  },
  concentrationLimits: [
    {
      id: 'substance-use-district',
      title: text('Rus: høyst 15 % av boligene i en levekårssone', 'Rus: høgst 15 % av bustadene i ei levekårssone', 'Substance use: at most 15% of the dwellings in a district'),
      source: CONCENTRATION_SOURCE,
      scope: 'district',
      group: 'substance_use',
      needCategories: ['substance_use', 'mental_illness_and_substance_use'],
      maxCount: null,
      /** Share [I]. */
      maxShare: 0.15,
    },
    {
      id: 'substance-use-building',
      title: text('Rus: høyst 1 bolig i samme bygg', 'Rus: høgst 1 bustad i same bygg', 'Substance use: at most 1 dwelling in one building'),
      source: CONCENTRATION_SOURCE,
      scope: 'building',
      group: 'substance_use',
      needCategories: ['substance_use', 'mental_illness_and_substance_use'],
      /** Dwellings [I]. */
      maxCount: 1,
      maxShare: null,
    },
  ],
};
