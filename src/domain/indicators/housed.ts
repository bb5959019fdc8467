import { NEED_CATEGORIES, type NeedCategory } from '../cases/case-types.js';
import type { Period } from '../temporary/kostra.js';
import { isNewApplicant, mainReason } from './applicants.js';
import type { HousingEventFacts, IndicatorHistory } from './history.js';
import { count, countWhere, memo, within } from './measure.js';
import type { IndicatorDefinition, IndicatorText } from './types.js';

/**
 * Newly housed households (nyinnflyttede husstander, KOSTRA skjema 13, domain.md § 3 [S]):
 * «allocated during the year and not living in a kommunal bolig when they applied», by main
 * reason. Husly dates the allocation by the lease's first day (the move-in) [I].
 */

/** New applicants housed in the period. */
export const newlyHoused = (h: IndicatorHistory, p: Period): HousingEventFacts[] => h.housed.filter((e) => isNewApplicant(e) && within(e.housedOn, p));

/** Counts by main reason (refugee status judged on the move-in day); `unknown` when it cannot be told. */
export function newlyHousedByReason(h: IndicatorHistory, p: Period): Readonly<Record<NeedCategory | 'unknown', number>> {
  return memo(h, `housed-by-reason:${p.from}/${p.to}`, () => countByReason(h, p));
}

function countByReason(h: IndicatorHistory, p: Period): Record<NeedCategory | 'unknown', number> {
  const counts = Object.fromEntries([...NEED_CATEGORIES, 'unknown'].map((c) => [c, 0])) as Record<NeedCategory | 'unknown', number>;
  for (const e of newlyHoused(h, p)) counts[mainReason(e, e.housedOn) ?? 'unknown'] += 1;
  return counts;
}

/** KOSTRA's names of the main reasons (domain.md § 3). */
export const MAIN_REASON_TEXT: Readonly<Record<NeedCategory, IndicatorText>> = {
  refugee: { nb: 'flyktning (de fem første årene etter bosetting)', en: 'refugee (the first five years after settlement)' },
  mental_illness: { nb: 'psykiske lidelser', en: 'mental illness' },
  substance_use: { nb: 'rusmiddelmisbruk', en: 'substance use' },
  mental_illness_and_substance_use: { nb: 'rus og psykiske lidelser (ROP)', en: 'substance use and mental illness (ROP)' },
  adapted_dwelling: { nb: 'behov for tilrettelagt bolig', en: 'needs an adapted dwelling' },
  other: { nb: 'andre problemer (økonomiske, sosiale eller helsemessige)', en: 'other problems (economic, social or health)' },
  no_needs_test: { nb: 'uten behovsprøving', en: 'no needs test' },
};

const BASIS = 'domain.md § 3 «Allocations» [S]; dated by move-in [I]';

export const HOUSED_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'housed.new',
    name: { nb: 'Nyinnflyttede husstander', en: 'Newly housed households' },
    definition: {
      nb: 'Husstander som flyttet inn i en kommunalt disponert bolig i perioden og ikke bodde i en kommunalt disponert bolig da de søkte.',
      en: 'Households that moved into a municipal rental dwelling in the period and did not live in one when they applied.',
    },
    unit: 'households',
    source: 'kostra_13',
    kind: 'flow',
    basis: BASIS,
    compute: (h, p) => count(newlyHoused(h, p).length),
  },
  ...NEED_CATEGORIES.map(
    (reason): IndicatorDefinition => ({
      id: `housed.new.${reason}`,
      name: { nb: `Nyinnflyttede: ${MAIN_REASON_TEXT[reason].nb}`, en: `Newly housed: ${MAIN_REASON_TEXT[reason].en}` },
      definition: {
        nb: `Nyinnflyttede husstander (som over) med hovedårsak ${MAIN_REASON_TEXT[reason].nb}. Flyktninger telles som flyktninger i bosettingsåret og de fire neste årene (så lenge kommunen får integreringstilskudd).`,
        en: `Newly housed households (as above) whose main reason is ${MAIN_REASON_TEXT[reason].en}. Refugees count as refugees in the settlement year and the four years after it (while the municipality receives the integration grant).`,
      },
      unit: 'households',
      source: 'kostra_13',
      kind: 'flow',
      basis: `${BASIS}; refugee years: indicators/applicants.ts [R]`,
      parent: 'housed.new',
      group: reason,
      compute: (h, p) => count(newlyHousedByReason(h, p)[reason]),
    }),
  ),
  {
    id: 'housed.all',
    name: { nb: 'Innflyttinger i alt', en: 'All move-ins' },
    definition: {
      nb: 'Husstander som flyttet inn i en kommunalt disponert bolig i perioden etter tildeling, også bytter og husstander som bodde kommunalt fra før.',
      en: 'Households that moved into a municipal rental dwelling in the period on an allocation, changes and existing tenants included.',
    },
    unit: 'households',
    source: 'husly',
    kind: 'flow',
    basis: 'domain.md § 10.4 (2) [I]',
    compute: (h, p) => count(countWhere(h.housed, (e) => within(e.housedOn, p))),
  },
];
