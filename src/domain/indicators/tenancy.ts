import { housingRetention, statusOn } from '../followup/housing-first.js';
import type { Period } from '../temporary/kostra.js';
import type { EvictionFacts, IndicatorHistory } from './history.js';
import { count, countWhere, ratio, within } from './measure.js';
import type { IndicatorDefinition } from './types.js';

/**
 * After move-in: evictions, Housing First and rent-to-own (domain.md § 10.4 (2)). Housing
 * First's retention is the follow-up area's own definition (followup/housing-first.ts), so the
 * programme page and the council report give the same number.
 */

const evictionSteps = (h: IndicatorHistory, p: Period, step: EvictionFacts['step']): number =>
  countWhere(h.evictions, (e) => e.step === step && within(e.stepOn, p));

function retained(months: 6 | 12): IndicatorDefinition {
  return {
    id: `housing_first.retained_${months}_months`,
    name: { nb: `Housing First: fortsatt i bolig etter ${months} måneder`, en: `Housing First: still housed after ${months} months` },
    definition: {
      nb: `Av deltakerne som fikk bolig minst ${months} måneder før dagen: andelen som fortsatt var i programmet ${months} måneder etter innflytting, eller hadde flyttet til egen bolig, i prosent. Deltakere som døde før tidspunktet er holdt utenfor.`,
      en: `Of the participants housed at least ${months} months before the day: the share still in the programme ${months} months after moving in, or moved on to a home of their own, in percent. Participants who died before the mark are left out.`,
    },
    unit: 'percent',
    source: 'husly',
    kind: 'stock',
    basis: 'domain.md §§ 7, 10.4 (2); followup/housing-first.ts housingRetention [I]',
    compute: (h, p) => {
      const r = housingRetention(h.housingFirst, p.to, months);
      return ratio(r.retained, r.cohort, 100);
    },
  };
}

const EVICTIONS = 'domain.md § 10.4 (2) «begjæringer/fravikelser»; leases/eviction.ts [I]';

export const TENANCY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'evictions.requested',
    name: { nb: 'Begjæringer om fravikelse', en: 'Eviction requests' },
    definition: {
      nb: 'Begjæringer om fravikelse sendt namsmannen i perioden for leieforhold i kommunalt disponerte boliger.',
      en: 'Requests for eviction sent to the enforcement officer in the period, for tenancies in municipal rental dwellings.',
    },
    unit: 'evictions',
    source: 'husly',
    kind: 'flow',
    basis: EVICTIONS,
    compute: (h, p) => count(evictionSteps(h, p, 'requested')),
  },
  {
    id: 'evictions.carried_out',
    name: { nb: 'Gjennomførte utkastelser', en: 'Evictions carried out' },
    definition: { nb: 'Fravikelser gjennomført i perioden.', en: 'Evictions carried out in the period.' },
    unit: 'evictions',
    source: 'husly',
    kind: 'flow',
    basis: EVICTIONS,
    compute: (h, p) => count(evictionSteps(h, p, 'carried_out')),
  },
  {
    id: 'housing_first.housed',
    name: { nb: 'Housing First: fått bolig', en: 'Housing First: housed' },
    definition: { nb: 'Housing First-deltakere som fikk bolig i perioden.', en: 'Housing First participants housed in the period.' },
    unit: 'participants',
    source: 'husly',
    kind: 'flow',
    basis: 'domain.md §§ 7, 10.4 (2) [I]',
    compute: (h, p) => count(h.housingFirst.filter((x) => within(x.housedOn, p)).length),
  },
  {
    id: 'housing_first.housed_on_day',
    name: { nb: 'Housing First: i bolig', en: 'Housing First: in a home' },
    definition: { nb: 'Housing First-deltakere som på dagen er i programmet og har bolig.', en: 'Housing First participants who on the day are in the programme and housed.' },
    unit: 'participants',
    source: 'husly',
    kind: 'stock',
    basis: 'domain.md §§ 7, 10.4 (2); followup/housing-first.ts statusOn [I]',
    compute: (h, p) => count(h.housingFirst.filter((x) => statusOn(x, p.to) === 'housed').length),
  },
  retained(6),
  retained(12),
  {
    id: 'rent_to_own.moved_to_owned',
    name: { nb: 'Fra kommunal leie til eid bolig', en: 'From a municipal lease to an owned home' },
    definition: {
      nb: 'Husstander med en leie-til-eie-plan som flyttet fra kommunal leiebolig til egen eid bolig i perioden.',
      en: 'Households with a rent-to-own plan that moved from a municipal lease to a home of their own in the period.',
    },
    unit: 'households',
    source: 'husly',
    kind: 'flow',
    basis: 'domain.md § 10.4 (2) «tenants moving from kommunal leie to eie»; rent-to-own/plan.ts [I]',
    compute: (h, p) => count(h.rentToOwn.filter((r) => r.status === 'moved_to_owned' && within(r.outcomeOn, p)).length),
  },
];
