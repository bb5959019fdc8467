import { addDays, addMonths, compareDates, daysBetween, type IsoDate } from '../../domain/deadlines/calendar.js';
import { chargesDue, periodOf } from '../../domain/leases/charges.js';
import type { RenewalOutcome } from '../../domain/leases/lease-status.js';
import { lastDayAfterYears } from '../../domain/leases/length-rules.js';
import type { DepositType, RentModel } from '../../domain/leases/terms.js';
import type { Rng } from '../../domain/random/rng.js';
import { seededUuid } from './demo-dwellings-data.js';

/**
 * The demo's tenancies, planned without a database: every dwelling whose current status period
 * is `let` is let to one household from that period's start, in three-year leases (husleieloven
 * § 9-3, the default policy) renewed back to back — the earlier ones ended, the last one running.
 * A handful stop after a lease that ended 5–100 days ago without a new one or a notice (the
 * § 9-2 (3) alarm); renewal assessments exist for leases within six months of their end (decided
 * when opened more than 45 days ago); the ledger holds the last three months (the ledger starts
 * there, as at a go-live) with about 2.5 % of tenants behind enough for the early warning and 4 % a little behind. Shares are [I].
 */

export interface LetDwelling {
  id: string;
  monthlyRent: number;
  /** The start of the current `let` status period. */
  letSince: IsoDate;
}

export interface PlannedLease {
  id: string;
  dwellingId: string;
  householdId: string;
  startDate: IsoDate;
  endDate: IsoDate;
  status: 'signed' | 'ended';
  signedOn: IsoDate;
  section111: boolean;
  section111NoticeOn: IsoDate | null;
  lengthRule: string;
  depositType: DepositType;
  depositAmount: number;
  rentModel: RentModel;
  monthlyRent: number;
  noticeGivenOn: IsoDate | null;
  endedOn: IsoDate | null;
  endReason: string | null;
}

export interface PlannedRenewal {
  id: string;
  leaseId: string;
  openedOn: IsoDate;
  outcome: RenewalOutcome | null;
  outcomeOn: IsoDate | null;
  note: string | null;
}

export interface LeasePlan {
  /** One household per dwelling: its id and how many children it has. */
  households: Array<{ id: string; dwellingId: string; children: number }>;
  leases: PlannedLease[];
  renewals: PlannedRenewal[];
  charges: Array<{ leaseId: string; period: IsoDate; dueOn: IsoDate; amount: number }>;
  payments: Array<{ leaseId: string; paidOn: IsoDate; amount: number; reference: string }>;
}

const YEARS = 3;
const LEDGER_MONTHS = 3;
const OUTCOMES: ReadonlyArray<[RenewalOutcome, number]> = [['renew', 80], ['private_rental', 8], ['refer_startlan', 7], ['end', 5]];

function weighted<T>(rng: Rng, items: ReadonlyArray<[T, number]>): T {
  let roll = rng.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((roll -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** The chain of three-year leases from `since`; with `stopAfterEnd`, it stops at the first lease ending in that window. */
function chain(since: IsoDate, today: IsoDate, stopAfterEnd?: [IsoDate, IsoDate]): Array<{ start: IsoDate; end: IsoDate }> {
  const out: Array<{ start: IsoDate; end: IsoDate }> = [];
  for (let start = since; compareDates(start, today) <= 0; start = addDays(lastDayAfterYears(start, YEARS), 1)) {
    const end = lastDayAfterYears(start, YEARS);
    out.push({ start, end });
    if (stopAfterEnd && compareDates(end, stopAfterEnd[0]) >= 0 && compareDates(end, stopAfterEnd[1]) <= 0) break;
  }
  return out;
}

function paymentsFor(rng: Rng, leaseId: string, charges: LeasePlan['charges'], today: IsoDate): LeasePlan['payments'] {
  const roll = rng.next();
  // 1.5 % one month missed and 1 % two or three (both trip the early warning); 4 % paid part of the last month.
  const missed = roll < 0.015 ? 1 : roll < 0.025 ? rng.int(2, 3) : 0;
  const partial = roll >= 0.025 && roll < 0.065;
  const paid = charges.slice(0, Math.max(0, charges.length - missed));
  return paid.flatMap((c, i) => {
    const paidOn = addDays(c.dueOn, rng.int(-3, 4));
    if (compareDates(paidOn, today) > 0) return [];
    const amount = partial && i === paid.length - 1 ? Math.round((c.amount * rng.int(40, 90)) / 100) : c.amount;
    return [{ leaseId, paidOn, amount, reference: `DEMO-${leaseId.slice(0, 8)}-${c.period.slice(0, 7)}` }];
  });
}

/** Plans the tenancies of the let dwellings (see the module comment). `alarms` dwellings get the § 9-2 case. */
export function planDemoLeases(rng: Rng, dwellings: readonly LetDwelling[], today: IsoDate, alarms: number): LeasePlan {
  const plan: LeasePlan = { households: [], leases: [], renewals: [], charges: [], payments: [] };
  const alarmWindow: [IsoDate, IsoDate] = [addDays(today, -100), addDays(today, -5)];
  let alarmsLeft = alarms;
  const ledgerFrom = addMonths(periodOf(today), -(LEDGER_MONTHS - 1));
  for (const d of dwellings) {
    const householdId = seededUuid(rng);
    const children = rng.chance(0.35) ? rng.int(1, 3) : 0;
    plan.households.push({ id: householdId, dwellingId: d.id, children });
    const wantsAlarm = alarmsLeft > 0 && chain(d.letSince, today).some((l) => compareDates(l.end, alarmWindow[0]) >= 0 && compareDates(l.end, alarmWindow[1]) <= 0);
    if (wantsAlarm) alarmsLeft--;
    const links = chain(d.letSince, today, wantsAlarm ? alarmWindow : undefined);
    const section111 = rng.chance(0.7);
    const depositType = weighted<DepositType>(rng, [['blocked_account', 6], ['nav_guarantee', 3], ['none', 1]]);
    const rentModel = weighted<RentModel>(rng, [['gjengs', 7], ['index', 2], ['cost', 1]]);
    links.forEach((link, i) => {
      const running = i === links.length - 1;
      const id = seededUuid(rng);
      const signedOn = addDays(link.start, -rng.int(3, 25));
      plan.leases.push({
        id,
        dwellingId: d.id,
        householdId,
        startDate: link.start,
        endDate: link.end,
        status: running ? 'signed' : 'ended',
        signedOn,
        section111,
        section111NoticeOn: section111 ? addDays(signedOn, -rng.int(1, 14)) : null,
        lengthRule: `default/1:${i === 0 ? 'first' : 'renewal'}:${children > 0 ? 'children' : 'no_children'}`,
        depositType,
        depositAmount: depositType === 'none' ? 0 : 3 * d.monthlyRent,
        rentModel,
        monthlyRent: d.monthlyRent,
        noticeGivenOn: null,
        endedOn: running ? null : link.end,
        endReason: running ? null : 'expired',
      });
      if (!running) return;
      const opensOn = addMonths(link.end, -6);
      if (compareDates(opensOn, today) <= 0) {
        const decided = wantsAlarm || daysBetween(opensOn, today) > 45;
        const outcome = wantsAlarm ? 'renew' : decided ? weighted(rng, OUTCOMES) : null;
        const outcomeOn = decided ? addDays(opensOn, rng.int(10, Math.min(40, Math.max(10, daysBetween(opensOn, today))))) : null;
        plan.renewals.push({ id: seededUuid(rng), leaseId: id, openedOn: opensOn, outcome, outcomeOn, note: outcome ? 'Vurdert i oppfølgingsmøte (demodata)' : null });
      }
      const charges = chargesDue({ startDate: link.start, lastDay: link.end, initialRent: d.monthlyRent, adjustments: [] }, today, { dueDay: 1, from: ledgerFrom }).map((c) => ({ leaseId: id, ...c }));
      plan.charges.push(...charges);
      plan.payments.push(...paymentsFor(rng, id, charges, today));
    });
  }
  return plan;
}
