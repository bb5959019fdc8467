import { describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween } from '../deadlines/calendar.js';
import { continuousChains } from '../temporary/chains.js';
import { summarisePeriod } from '../temporary/kostra.js';
import { isOverThreeMonths } from '../temporary/stay-length.js';
import { isPreliminaryReplyOverdue, preliminaryReplyOverdueOn } from './applications.js';
import { computeMunicipality } from './engine.js';
import { application, history, stay } from './fixtures.js';
import type { ApplicationFacts, IndicatorHistory, TemporaryStayFacts } from './history.js';
import { afterOrOpen, onOrBefore } from './measure.js';
import { overThreeMonthsOnDay } from './temporary.js';

/**
 * The indicators keep what they derive from a history (measure.ts memo) and take short cuts over
 * it. Each short cut is checked here against the plain definition it replaces, on many random
 * histories: any difference is a bug in the short cut.
 */

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AS_OF = '2026-02-15';
const START = '2024-01-01';
const SPAN = daysBetween(START, AS_OF);

function randomStays(rnd: () => number): TemporaryStayFacts[] {
  const out: TemporaryStayFacts[] = [];
  for (let household = 0; household < 25; household++) {
    let day = Math.floor(rnd() * SPAN);
    const stays = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < stays && day < SPAN; i++) {
      const start = addDays(START, day);
      const nights = Math.floor(rnd() * 140);
      const end = addDays(start, nights);
      const open = rnd() < 0.15 || end > AS_OF;
      out.push(stay(`s${household}-${i}`, `h${household}`, start, open ? null : end, { childrenPresent: rnd() < 0.4 }));
      // The next stay: overlapping, back to back, a night apart or weeks later.
      day += [Math.floor(nights / 2), nights, nights + 1, nights + 2, nights + 30][Math.floor(rnd() * 5)]!;
    }
  }
  return out;
}

function randomApplications(rnd: () => number): ApplicationFacts[] {
  const maybe = (from: string, within: number) => (rnd() < 0.5 ? addDays(from, Math.floor(rnd() * within)) : null);
  return Array.from({ length: 80 }, (_, i) => {
    const receivedOn = addDays(START, Math.floor(rnd() * SPAN));
    const known = (d: string | null) => (d !== null && d <= AS_OF ? d : null);
    return application(`a${i}`, {
      receivedOn,
      preliminaryReplySentOn: known(maybe(receivedOn, 60)),
      decidedOn: known(maybe(receivedOn, 90)),
      forwardedOn: rnd() < 0.1 ? known(maybe(receivedOn, 40)) : null,
      closedWithoutDecisionOn: rnd() < 0.1 ? known(maybe(receivedOn, 100)) : null,
    });
  });
}

const days = (rnd: () => number, n: number) => Array.from({ length: n }, () => addDays(START, Math.floor(rnd() * SPAN)));

describe('short cuts over a history agree with the plain definitions', () => {
  it('households over three months on a day: prefixes of the chains of all stays = the chains of the stays begun by then', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const h = history({ temporaryStays: randomStays(rnd) });
      for (const day of days(rnd, 12)) {
        for (const withChildren of [false, true]) {
          const begun = h.temporaryStays.filter((s) => onOrBefore(s.startDate, day));
          const current = continuousChains(begun).filter((c) => afterOrOpen(c.endDate, day) && isOverThreeMonths(c, day) && (!withChildren || c.childrenPresent));
          expect(overThreeMonthsOnDay(h, day, withChildren), `seed ${seed}, ${day}`).toBe(new Set(current.map((c) => c.householdId)).size);
        }
      }
    }
  });

  it('the KOSTRA period summary from the chains of all stays = the summary that chains the period’s households itself', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const stays = randomStays(rnd);
      const chains = continuousChains(stays);
      for (const [a, b] of [days(rnd, 2), days(rnd, 2), days(rnd, 2)] as Array<[string, string]>) {
        const period = compareDates(a, b) <= 0 ? { from: a, to: b } : { from: b, to: a };
        expect(summarisePeriod(stays, period, AS_OF, { chains }), `seed ${seed}`).toEqual(summarisePeriod(stays, period, AS_OF));
      }
    }
  });

  it('cases past the preliminary-reply deadline: the kept unanswered cases = every case tested on the day', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const h = history({ applications: randomApplications(rnd) });
      for (const day of days(rnd, 15)) {
        expect(preliminaryReplyOverdueOn(h, day), `seed ${seed}, ${day}`).toBe(h.applications.filter((a) => isPreliminaryReplyOverdue(a, day)).length);
      }
    }
  });

  it('gives the same figures for a history whether or not it has been computed before', () => {
    const rnd = random(7);
    const make = (): IndicatorHistory => history({ temporaryStays: randomStays(random(7)), applications: randomApplications(random(8)) });
    const warm = make();
    const periods = days(rnd, 6).map((d) => ({ from: d < '2025-06-01' ? d : '2025-06-01', to: d < '2025-06-01' ? '2025-06-01' : d }));
    for (const p of periods) computeMunicipality(warm, p);
    for (const p of periods) expect(computeMunicipality(warm, p)).toEqual(computeMunicipality(make(), p));
  });
});
