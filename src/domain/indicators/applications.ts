import { daysBetween, type IsoDate } from '../deadlines/calendar.js';
import { caseDeadlineStatus } from '../deadlines/case-status.js';
import { preliminaryReplyDeadline } from '../deadlines/deadlines.js';
import type { Period } from '../temporary/kostra.js';
import { isNewRentalApplication } from './applicants.js';
import type { ApplicationFacts, IndicatorHistory } from './history.js';
import { count, countWhere, medianOf, memo, onOrBefore, ratio, within } from './measure.js';
import type { IndicatorDefinition } from './types.js';

/**
 * Applications for a municipal rental dwelling from new applicants (KOSTRA skjema 13,
 * domain.md § 3), and the foreløpig-svar duty for every case (fvl. § 11a, domain.md § 10.1).
 *
 * Counting rules [I]: an application is **received** in the period of its received date, and
 * **approved** or **refused** in the period of its first decision, whenever it was received —
 * a year's refusals may concern the previous year's applications, as in KOSTRA's own
 * «avslag / mottatte nye» (domain.md § 3 [S]). A partly approved application counts as approved.
 */

const APPROVED: ReadonlyArray<ApplicationFacts['outcome']> = ['approved', 'partly_approved'];

/** New applicants' rental-dwelling applications (kept per history). */
const newApplications = (h: IndicatorHistory): readonly ApplicationFacts[] => memo(h, 'new-applications', () => h.applications.filter(isNewRentalApplication));

export const newReceived = (h: IndicatorHistory, p: Period): number => countWhere(newApplications(h), (a) => within(a.receivedOn, p));

export const newApproved = (h: IndicatorHistory, p: Period): number =>
  countWhere(newApplications(h), (a) => within(a.decidedOn, p) && APPROVED.includes(a.outcome));

export const newRefused = (h: IndicatorHistory, p: Period): number => countWhere(newApplications(h), (a) => within(a.decidedOn, p) && a.outcome === 'refused');

/**
 * True when the case has passed its foreløpig-svar deadline on `day` with no reply, decision,
 * forwarding or closing by then (deadlines/case-status: overdue from the day after the due day,
 * one month after receipt, fvl. § 11a third paragraph). Later events do not count on `day`.
 */
export function isPreliminaryReplyOverdue(a: ApplicationFacts, day: IsoDate): boolean {
  const answered = [a.preliminaryReplySentOn, a.decidedOn, a.forwardedOn, a.closedWithoutDecisionOn].some((d) => onOrBefore(d, day));
  if (answered || !onOrBefore(a.receivedOn, day)) return false;
  return caseDeadlineStatus({ receivedOn: a.receivedOn, today: day }).state === 'overdue';
}

/** The first day a case was answered (reply, decision, forwarding or closing), null while none is known. */
const firstAnswer = (a: ApplicationFacts): IsoDate | null =>
  [a.preliminaryReplySentOn, a.decidedOn, a.forwardedOn, a.closedWithoutDecisionOn].reduce<IsoDate | null>((first, d) => (d !== null && (first === null || d < first) ? d : first), null);

/**
 * Cases past the foreløpig-svar deadline on `day`: {@link isPreliminaryReplyOverdue} for every
 * case, with each case's first answer and due day worked out once per history (the quarterly
 * series asks for nine days).
 */
export function preliminaryReplyOverdueOn(h: IndicatorHistory, day: IsoDate): number {
  const cases = memo(h, 'reply-due', () => {
    const dueOn = new Map<IsoDate, IsoDate>();
    const due = (receivedOn: IsoDate): IsoDate => dueOn.get(receivedOn) ?? dueOn.set(receivedOn, preliminaryReplyDeadline(receivedOn).dueOn).get(receivedOn)!;
    // A case answered by its due day is never overdue; only the others are kept.
    return h.applications
      .map((a) => ({ receivedOn: a.receivedOn, answeredOn: firstAnswer(a), dueOn: due(a.receivedOn) }))
      .filter((c) => c.answeredOn === null || c.answeredOn > c.dueOn);
  });
  return countWhere(cases, (c) => c.receivedOn <= day && (c.answeredOn === null || c.answeredOn > day) && day > c.dueOn);
}

/** Days from receipt to the first decision, for cases first decided in the period. */
export function daysToDecision(h: IndicatorHistory, p: Period): number[] {
  const decided = memo(h, 'days-to-decision', () =>
    h.applications.flatMap((a) => (a.decidedOn === null ? [] : [{ decidedOn: a.decidedOn, days: daysBetween(a.receivedOn, a.decidedOn) }])),
  );
  const days: number[] = [];
  for (const d of decided) if (within(d.decidedOn, p)) days.push(d.days);
  return days;
}

const KOSTRA_APPLICATIONS = 'domain.md § 3 «Applications» [S]';

export const APPLICATION_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'applications.new_received',
    name: { nb: 'Nye søknader mottatt', en: 'New applications received' },
    definition: {
      nb: 'Søknader om kommunalt disponert bolig mottatt i perioden fra husstander som ikke bodde i en kommunalt disponert bolig da de søkte. Søknader om bytte og forlengelse telles ikke.',
      en: 'Applications for a municipal rental dwelling received in the period from households not living in a municipal dwelling when they applied. Applications for a change or a renewal are not counted.',
    },
    unit: 'applications',
    source: 'kostra_13',
    kind: 'flow',
    basis: KOSTRA_APPLICATIONS,
    compute: (h, p) => count(newReceived(h, p)),
  },
  {
    id: 'applications.new_approved',
    name: { nb: 'Nye søknader innvilget', en: 'New applications approved' },
    definition: {
      nb: 'Nye søknader (som over) med første vedtak i perioden som helt eller delvis innvilget.',
      en: 'New applications (as above) whose first decision, in the period, approved them in full or in part.',
    },
    unit: 'applications',
    source: 'husly',
    kind: 'flow',
    basis: `${KOSTRA_APPLICATIONS}; counted by decision date [I]`,
    compute: (h, p) => count(newApproved(h, p)),
  },
  {
    id: 'applications.new_refused',
    name: { nb: 'Nye søknader avslått', en: 'New applications refused' },
    definition: {
      nb: 'Nye søknader (som over) med første vedtak i perioden som avslag.',
      en: 'New applications (as above) whose first decision, in the period, refused them.',
    },
    unit: 'applications',
    source: 'kostra_13',
    kind: 'flow',
    basis: `${KOSTRA_APPLICATIONS}; counted by decision date [I]`,
    compute: (h, p) => count(newRefused(h, p)),
  },
  {
    id: 'applications.new_refusal_share',
    name: { nb: 'Andel nye søkere som har fått avslag', en: 'Share of new applicants refused' },
    definition: {
      nb: 'Avslag på nye søknader i perioden delt på nye søknader mottatt i perioden, ganger 100.',
      en: 'Refusals of new applications in the period divided by new applications received in the period, times 100.',
    },
    unit: 'percent',
    source: 'kostra_13',
    kind: 'flow',
    basis: `${KOSTRA_APPLICATIONS}: «avslag / mottatte nye × 100»`,
    compute: (h, p) => ratio(newRefused(h, p), newReceived(h, p), 100),
  },
  {
    id: 'cases.preliminary_reply_overdue',
    name: { nb: 'Saker over en måned uten foreløpig svar', en: 'Cases past a month without a preliminary reply' },
    definition: {
      nb: 'Saker (alle sakstyper) som på dagen er mer enn én måned gamle uten foreløpig svar, vedtak eller oversendelse (forvaltningsloven § 11a tredje ledd).',
      en: 'Cases (every case type) that on the day are more than a month old with no preliminary reply, decision or forwarding (Public Administration Act § 11a third paragraph).',
    },
    unit: 'cases',
    source: 'husly',
    kind: 'stock',
    basis: 'domain.md §§ 1.1, 10.1 (2) [S]; deadlines/case-status',
    compute: (h, p) => count(preliminaryReplyOverdueOn(h, p.to)),
  },
  {
    id: 'cases.median_days_to_decision',
    name: { nb: 'Median dager til vedtak', en: 'Median days to a decision' },
    definition: {
      nb: 'Median antall dager fra saken kom inn til første vedtak, for saker (alle sakstyper) med første vedtak i perioden.',
      en: 'Median days from receipt to the first decision, for cases (every case type) first decided in the period.',
    },
    unit: 'days',
    source: 'husly',
    kind: 'flow',
    basis: 'domain.md § 10.4 (2) [I]',
    compute: (h, p) => medianOf(daysToDecision(h, p)),
  },
];
