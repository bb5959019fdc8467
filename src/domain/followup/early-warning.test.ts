import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  earlyWarningSignals,
  mayRaiseAgain,
  missedVisitRun,
  thresholdsInForce,
  validateThresholds,
  type HouseholdSignalFacts,
} from './early-warning.js';
import type { ContactStatus } from './kinds.js';
import { closeRefusals, outcomesFor } from './early-warning-close.js';
import { isSignalReason, signalReasonText } from './early-warning-text.js';

const quiet: HouseholdSignalFacts = {
  planId: 'p1',
  householdId: 'h1',
  leases: [{ leaseId: 'l1', endDate: '2029-12-31', arrearsKroner: 0 }],
  openNeighbourCases: [],
  contactsLatestFirst: [],
  temporaryStay: null,
};
const today = '2026-06-15';
const visits = (...statuses: ContactStatus[]) => statuses.map((status) => ({ status }));
const keys = (facts: Partial<HouseholdSignalFacts>, thresholds = DEFAULT_THRESHOLDS, on = today) => earlyWarningSignals({ ...quiet, ...facts }, thresholds, on).map((s) => s.signalKey);

describe('early-warning signals', () => {
  it('raises nothing for a household with no signal', () => {
    expect(keys({})).toEqual([]);
  });

  it.each<[string, number, string[]]>([
    ['one krone under the threshold', 4_999, []],
    ['exactly at the threshold', 5_000, ['ew-arrears:l1']],
    ['above it', 18_000, ['ew-arrears:l1']],
  ])('arrears %s', (_name, arrearsKroner, expected) => {
    expect(keys({ leases: [{ leaseId: 'l1', endDate: null, arrearsKroner }] })).toEqual(expected);
  });

  it('gives the arrears reason with the amount and the threshold in force', () => {
    const [signal] = earlyWarningSignals({ ...quiet, leases: [{ leaseId: 'l1', endDate: null, arrearsKroner: 7_200 }] }, { ...DEFAULT_THRESHOLDS, arrearsKroner: 7_000 }, today);
    expect(signal).toEqual({
      kind: 'ew_arrears',
      signalKey: 'ew-arrears:l1',
      subjectType: 'lease',
      subjectId: 'l1',
      reason: { code: 'arrears', params: { arrears: 7_200, threshold: 7_000 } },
      dueOn: null,
    });
  });

  it('raises one signal per open neighbour case, keyed by case and household', () => {
    expect(
      keys({
        openNeighbourCases: [
          { caseId: 'n1', kind: 'complaint', reportedOn: '2026-06-01' },
          { caseId: 'n2', kind: 'conflict', reportedOn: '2026-05-01' },
        ],
      }),
    ).toEqual(['ew-neighbour:n1:h1', 'ew-neighbour:n2:h1']);
  });

  it.each<[string, ContactStatus[], number]>([
    ['none', [], 0],
    ['two missed, latest first', ['missed', 'missed', 'held'], 2],
    ['stops at the first held', ['missed', 'held', 'missed', 'missed'], 1],
    ['skips planned and cancelled', ['planned', 'missed', 'cancelled', 'missed', 'held', 'missed'], 2],
    ['a held latest visit ends the run', ['held', 'missed', 'missed'], 0],
  ])('counts missed visits in a row: %s', (_name, statuses, expected) => {
    expect(missedVisitRun(visits(...statuses))).toBe(expected);
  });

  it('raises missed visits at the threshold, keyed by plan', () => {
    expect(keys({ contactsLatestFirst: visits('missed', 'held') })).toEqual([]);
    expect(keys({ contactsLatestFirst: visits('missed', 'missed') })).toEqual(['ew-missed-visits:p1']);
    expect(keys({ contactsLatestFirst: visits('missed', 'missed') }, { ...DEFAULT_THRESHOLDS, missedVisits: 3 })).toEqual([]);
  });

  it.each<[string, string | null, boolean, number | null]>([
    ['open-ended', null, false, null],
    ['91 days ahead', '2026-09-14', false, null],
    ['90 days ahead', '2026-09-13', true, 90],
    ['today', today, true, 0],
    ['past its end and still running', '2026-06-01', true, -14],
  ])('lease end: %s', (_name, endDate, raised, daysLeft) => {
    const signals = earlyWarningSignals({ ...quiet, leases: [{ leaseId: 'l1', endDate, arrearsKroner: 0 }] }, DEFAULT_THRESHOLDS, today);
    expect(signals.map((s) => s.signalKey)).toEqual(raised ? ['ew-lease-end:l1'] : []);
    if (raised) expect(signals[0]).toMatchObject({ reason: { code: 'lease_end', params: { endDate, daysLeft } }, dueOn: endDate });
  });

  it('raises the temporary stay the day after the months have passed (exactly three months is not over)', () => {
    const stay = { stayId: 's1', startDate: '2026-03-15' };
    expect(keys({ temporaryStay: stay }, DEFAULT_THRESHOLDS, '2026-06-15')).toEqual([]);
    const [signal] = earlyWarningSignals({ ...quiet, temporaryStay: stay }, DEFAULT_THRESHOLDS, '2026-06-16');
    expect(signal).toMatchObject({ signalKey: 'ew-temporary:s1', subjectType: 'temp_stay', reason: { code: 'temporary_stay', params: { months: 3, overSince: '2026-06-16' } } });
    expect(keys({ temporaryStay: stay }, { ...DEFAULT_THRESHOLDS, temporaryStayMonths: 6 }, '2026-06-16')).toEqual([]);
  });
});

describe('thresholds', () => {
  const row = (validFrom: string, arrearsKroner: number) => ({ ...DEFAULT_THRESHOLDS, validFrom, arrearsKroner });

  it('uses the latest row in force on the date, else the defaults', () => {
    const rows = [row('2026-01-01', 6_000), row('2026-07-01', 8_000), row('2025-01-01', 4_000)];
    expect(thresholdsInForce(rows, '2026-06-30')).toMatchObject({ validFrom: '2026-01-01', thresholds: { arrearsKroner: 6_000 } });
    expect(thresholdsInForce(rows, '2026-07-01')).toMatchObject({ validFrom: '2026-07-01', thresholds: { arrearsKroner: 8_000 } });
    expect(thresholdsInForce(rows, '2024-12-31')).toEqual({ validFrom: null, thresholds: DEFAULT_THRESHOLDS });
    expect(thresholdsInForce([], '2026-01-01')).toEqual({ validFrom: null, thresholds: DEFAULT_THRESHOLDS });
  });

  it('accepts the defaults and names every value out of range', () => {
    expect(validateThresholds(DEFAULT_THRESHOLDS)).toEqual([]);
    expect(validateThresholds({ arrearsKroner: 0, missedVisits: 21, leaseEndsWithinDays: 365, temporaryStayMonths: 2.5, moveInVisitAfterDays: 0 })).toEqual([
      { path: 'arrearsKroner', code: 'out_of_range' },
      { path: 'missedVisits', code: 'out_of_range' },
      { path: 'temporaryStayMonths', code: 'out_of_range' },
    ]);
  });
});

describe('raising again after a close', () => {
  it('never on the day of the close; from the next day after «resolved»; after 30 days otherwise', () => {
    expect(mayRaiseAgain(undefined, today)).toBe(true);
    expect(mayRaiseAgain({ closedOn: today, outcome: 'resolved' }, today)).toBe(false);
    expect(mayRaiseAgain({ closedOn: '2026-06-14', outcome: 'resolved' }, today)).toBe(true);
    expect(mayRaiseAgain({ closedOn: '2026-05-17', outcome: 'payment_plan' }, today)).toBe(false);
    expect(mayRaiseAgain({ closedOn: '2026-05-16', outcome: 'payment_plan' }, today)).toBe(true);
    expect(mayRaiseAgain({ closedOn: '2026-06-14', outcome: null }, today)).toBe(false);
  });
});

describe('closing a task', () => {
  const arrears = (kroner: number) => ({ kroner, threshold: 5_000 });

  it('offers payment plan only on arrears tasks and visit outcomes only on move-in visits', () => {
    expect(outcomesFor('ew_arrears')).toEqual(['resolved', 'payment_plan', 'referred', 'no_action']);
    expect(outcomesFor('ew_lease_end')).toEqual(['resolved', 'referred', 'no_action']);
    expect(outcomesFor('move_in_visit')).toEqual(['visit_held', 'visit_declined', 'no_action']);
  });

  it('refuses «resolved» on an arrears task while the arrears are at or above the threshold, and accepts it once they are below', () => {
    expect(closeRefusals({ kind: 'ew_arrears', outcome: 'resolved', note: undefined, arrears: arrears(5_000) })).toEqual([
      { kind: 'conflict', path: 'outcome', code: 'arrears_outstanding', arrears: 5_000, threshold: 5_000 },
    ]);
    expect(closeRefusals({ kind: 'ew_arrears', outcome: 'resolved', note: undefined, arrears: arrears(4_999) })).toEqual([]);
    expect(closeRefusals({ kind: 'ew_arrears', outcome: 'resolved', note: undefined, arrears: arrears(0) })).toEqual([]);
  });

  it('always allows the other outcomes with a note, never without one', () => {
    for (const outcome of ['payment_plan', 'referred', 'no_action']) {
      expect(closeRefusals({ kind: 'ew_arrears', outcome, note: 'Avtale om nedbetaling med NAV', arrears: arrears(30_000) })).toEqual([]);
      expect(closeRefusals({ kind: 'ew_arrears', outcome, note: '  ', arrears: arrears(30_000) })).toEqual([{ kind: 'field', path: 'note', code: 'note_required' }]);
    }
  });

  it('refuses an outcome the kind does not offer', () => {
    expect(closeRefusals({ kind: 'ew_neighbour', outcome: 'payment_plan', note: 'x' })).toEqual([{ kind: 'field', path: 'outcome', code: 'invalid_outcome' }]);
    expect(closeRefusals({ kind: 'ew_neighbour', outcome: 'Betalt', note: undefined })).toEqual([{ kind: 'field', path: 'outcome', code: 'invalid_outcome' }]);
    expect(closeRefusals({ kind: 'move_in_visit', outcome: 'visit_held', note: undefined })).toEqual([]);
  });
});

describe('reason texts', () => {
  it('renders every reason in the three languages', () => {
    const reason = { code: 'arrears', params: { arrears: 18_000, threshold: 5_000 } } as const;
    expect(signalReasonText(reason, 'nb')).toBe('Husleierestanse på 18 000 kr. Kommunens terskel for tidlig varsling er 5 000 kr.');
    expect(signalReasonText(reason, 'nn')).toBe('Husleigerestanse på 18 000 kr. Terskelen til kommunen for tidleg varsling er 5 000 kr.');
    expect(signalReasonText(reason, 'en')).toBe("Rent arrears of NOK 18,000. The municipality's early-warning threshold is NOK 5,000.");
    expect(signalReasonText({ code: 'lease_end', params: { endDate: '2026-06-01', daysLeft: -14 } }, 'nb')).toBe('Leieavtalen skulle slutte 1. juni 2026, for 14 dager siden, og løper fortsatt.');
    expect(signalReasonText({ code: 'lease_end', params: { endDate: '2026-06-16', daysLeft: 1 } }, 'en')).toBe('The lease ends on 16 June 2026, in 1 day.');
    expect(signalReasonText({ code: 'move_in_visit', params: { movedInOn: '2026-06-01', dueOn: '2026-06-15', afterDays: 14 } }, 'nn')).toBe(
      'Hushaldet flytta inn 1. juni 2026. Heimebesøket etter innflytting skal gjerast 14 dagar etter, frå 15. juni 2026.',
    );
  });

  it('recognises a stored reason and nothing else', () => {
    expect(isSignalReason({ code: 'missed_visits', params: { missed: 2, threshold: 2 } })).toBe(true);
    expect(isSignalReason({ code: 'unknown', params: {} })).toBe(false);
    expect(isSignalReason('Restanse')).toBe(false);
  });
});
