import { addDays, compareDates, type IsoDate } from '../deadlines/calendar.js';
import { continuousChains, type StayFacts } from './chains.js';
import { isOverThreeMonths, threeMonthsOn } from './stay-length.js';

/**
 * The long-stay signal: a household still in temporary accommodation after three months gets
 * a task for NAV, once per continuous chain of stays. The key names the chain's first stay, so
 * moving the household to another place does not raise a second task for the same period.
 */

export const LONG_STAY_SIGNAL_KIND = 'temp_stay_3_months';

export const longStaySignalKey = (firstStayId: string): string => `temp-stay-3m:${firstStayId}`;

export interface LongStaySignal {
  readonly signalKey: string;
  readonly householdId: string;
  /** The stay the household is in now (the task's subject). */
  readonly stayId: string;
  readonly firstStayId: string;
  readonly since: IsoDate;
  /** The first day over three months. */
  readonly overSince: IsoDate;
  readonly childrenPresent: boolean;
  /** Why the task exists, in plain words (bokmål, the staff's working language). */
  readonly reason: string;
}

const norwegianDate = (date: IsoDate): string => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** The task text: what has happened, why it matters, what to do. */
export function longStayReason(since: IsoDate, childrenPresent: boolean): string {
  const period = `sammenhengende siden ${norwegianDate(since)}, mer enn tre måneder`;
  if (childrenPresent) {
    return (
      `Barnefamilie i midlertidig botilbud ${period}. Nasjonalt mål: barnefamilier skal bare unntaksvis bo i ` +
      'midlertidig botilbud, og ikke mer enn tre måneder. Finn en varig bolig nå, og vurder individuell plan (sosialtjenesteloven § 28).'
    );
  }
  return (
    `Husstanden har bodd i midlertidig botilbud ${period}. Helsetilsynet: opphold bør ikke vare mer enn tre måneder. ` +
    'Prioriter arbeidet med varig bolig, og vurder individuell plan (sosialtjenesteloven § 28).'
  );
}

/**
 * Signals for every household whose continuous stay is still open and over three months on
 * `today`. Ended chains raise nothing: there is no one left to help into a home.
 * @throws RangeError when a date is not a calendar date.
 */
export function longStaySignals(stays: readonly StayFacts[], today: IsoDate): LongStaySignal[] {
  return continuousChains(stays)
    .filter((chain) => (chain.endDate === null || compareDates(chain.endDate, today) > 0) && isOverThreeMonths(chain, today))
    .map((chain) => {
      const current = chain.stays.find((s) => s.endDate === null) ?? chain.stays.at(-1);
      return {
        signalKey: longStaySignalKey(chain.firstStayId),
        householdId: chain.householdId,
        stayId: current?.id ?? chain.firstStayId,
        firstStayId: chain.firstStayId,
        since: chain.startDate,
        overSince: addDays(threeMonthsOn(chain.startDate), 1),
        childrenPresent: chain.childrenPresent,
        reason: longStayReason(chain.startDate, chain.childrenPresent),
      };
    });
}
