import type { IsoDate } from '../deadlines/calendar.js';
import type { Period } from '../temporary/kostra.js';
import type { AppealFacts, AppealOutcome, IndicatorHistory } from './history.js';
import { afterOrOpen, count, onOrBefore, ratio, within } from './measure.js';
import type { IndicatorDefinition, IndicatorText } from './types.js';

/**
 * Appeals (klager, fvl. §§ 28–36) and how they ended (domain.md § 10.4: «klager: count,
 * outcome, Statsforvalteren reversals»). An appeal is counted in the period it was received,
 * and concluded in the period of its outcome date.
 */

export const CONCLUDED_OUTCOMES = ['reversed_by_first_instance', 'upheld', 'reversed', 'remanded', 'dismissed', 'withdrawn'] as const satisfies readonly AppealOutcome[];

/** Outcomes where the decision appealed did not stand [I]: reversed by the office itself or by the appeal body, or set aside and sent back. */
export const CHANGED_OUTCOMES: readonly AppealOutcome[] = ['reversed_by_first_instance', 'reversed', 'remanded'];

const OUTCOME_TEXT: Readonly<Record<(typeof CONCLUDED_OUTCOMES)[number], IndicatorText>> = {
  reversed_by_first_instance: { nb: 'omgjort av kommunen selv (fvl. § 33)', en: 'reversed by the municipality itself (fvl. § 33)' },
  upheld: { nb: 'stadfestet av klageinstansen', en: 'upheld by the appeal body' },
  reversed: { nb: 'omgjort av klageinstansen', en: 'reversed by the appeal body' },
  remanded: { nb: 'opphevet og sendt tilbake', en: 'set aside and sent back' },
  dismissed: { nb: 'avvist', en: 'dismissed' },
  withdrawn: { nb: 'trukket', en: 'withdrawn' },
};

const concludedIn = (h: IndicatorHistory, p: Period): AppealFacts[] => h.appeals.filter((a) => a.outcome !== 'pending' && within(a.outcomeOn, p));

/**
 * Appeals received by `day` and not concluded by then. An outcome recorded without a date is
 * taken as concluded (it cannot be placed in a period, and is not pending either).
 */
export function pendingOn(h: IndicatorHistory, day: IsoDate): number {
  return h.appeals.filter((a) => onOrBefore(a.receivedOn, day) && (a.outcome === 'pending' || (a.outcomeOn !== null && afterOrOpen(a.outcomeOn, day)))).length;
}

function changedShare(h: IndicatorHistory, p: Period) {
  const decided = concludedIn(h, p).filter((a) => a.outcome !== 'withdrawn');
  return ratio(decided.filter((a) => CHANGED_OUTCOMES.includes(a.outcome)).length, decided.length, 100);
}

const BASIS = 'domain.md § 10.4 (2); fvl. §§ 33–34';

export const APPEAL_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'appeals.received',
    name: { nb: 'Klager mottatt', en: 'Appeals received' },
    definition: { nb: 'Klager på vedtak mottatt i perioden.', en: 'Appeals against decisions received in the period.' },
    unit: 'appeals',
    source: 'husly',
    kind: 'flow',
    basis: `${BASIS} [I]`,
    compute: (h, p) => count(h.appeals.filter((a) => within(a.receivedOn, p)).length),
  },
  {
    id: 'appeals.pending',
    name: { nb: 'Klager under behandling', en: 'Appeals pending' },
    definition: { nb: 'Klager mottatt og ikke avsluttet på dagen.', en: 'Appeals received and not concluded on the day.' },
    unit: 'appeals',
    source: 'husly',
    kind: 'stock',
    basis: `${BASIS} [I]`,
    compute: (h, p) => count(pendingOn(h, p.to)),
  },
  {
    id: 'appeals.concluded',
    name: { nb: 'Klager avsluttet', en: 'Appeals concluded' },
    definition: { nb: 'Klager avsluttet i perioden, uansett utfall (også trukne).', en: 'Appeals concluded in the period, whatever the outcome (withdrawn ones too).' },
    unit: 'appeals',
    source: 'husly',
    kind: 'flow',
    basis: `${BASIS} [I]`,
    compute: (h, p) => count(concludedIn(h, p).length),
  },
  ...CONCLUDED_OUTCOMES.map(
    (outcome): IndicatorDefinition => ({
      id: `appeals.concluded.${outcome}`,
      name: { nb: `Klager ${OUTCOME_TEXT[outcome].nb}`, en: `Appeals ${OUTCOME_TEXT[outcome].en}` },
      definition: {
        nb: `Klager avsluttet i perioden med utfallet «${OUTCOME_TEXT[outcome].nb}».`,
        en: `Appeals concluded in the period with the outcome «${OUTCOME_TEXT[outcome].en}».`,
      },
      unit: 'appeals',
      source: 'husly',
      kind: 'flow',
      basis: `${BASIS} [I]`,
      parent: 'appeals.concluded',
      group: outcome,
      compute: (h, p) => count(concludedIn(h, p).filter((a) => a.outcome === outcome).length),
    }),
  ),
  {
    id: 'appeals.changed_share',
    name: { nb: 'Andel klager som førte fram', en: 'Share of appeals that changed the decision' },
    definition: {
      nb: 'Av klagene som ble avgjort i perioden (trukne ikke medregnet): andelen der vedtaket ble omgjort av kommunen eller klageinstansen, eller opphevet, i prosent.',
      en: 'Of the appeals decided in the period (withdrawn ones left out): the share where the decision was reversed by the municipality or the appeal body, or set aside, in percent.',
    },
    unit: 'percent',
    source: 'husly',
    kind: 'flow',
    basis: `${BASIS} [I]`,
    compute: changedShare,
  },
];
