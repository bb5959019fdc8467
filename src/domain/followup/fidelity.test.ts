import { describe, expect, it } from 'vitest';
import { fidelityHistory, scoreFidelity, validateFidelityScores } from './fidelity.js';
import { CURRENT_FIDELITY_SCALE, FIDELITY_DOMAIN_IDS, fidelityItemIds, PATHWAYS_CONDENSED_V1 } from './fidelity-scale.js';

const scale = PATHWAYS_CONDENSED_V1;
const itemsOf = (domain: string) => scale.domains.find((d) => d.id === domain)!.items.map((i) => i.id);

/** Scores per domain in item order. */
function scores(perDomain: Record<string, number[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(perDomain).flatMap(([domain, values]) => itemsOf(domain).map((id, i) => [id, values[i]!])));
}

/** Worked by hand: sums 18, 22, 26, 16, 19 over 6, 6, 8, 7, 6 items; total 101 / 33. */
const FIRST = scores({
  housing_process: [4, 4, 3, 3, 2, 2],
  separation: [4, 4, 4, 4, 3, 3],
  service_philosophy: [4, 4, 3, 3, 3, 3, 3, 3],
  service_array: [2, 2, 2, 3, 3, 3, 1],
  program_structure: [4, 3, 3, 3, 3, 3],
});
/** The service array improved: 20 / 7; total 105 / 33. */
const SECOND = { ...FIRST, ...scores({ service_array: [3, 3, 3, 3, 3, 3, 2] }) };

describe('the scale', () => {
  it('has the five Pathways domains, unique item ids and the 1–4 range', () => {
    expect(scale.domains.map((d) => d.id)).toEqual([...FIDELITY_DOMAIN_IDS]);
    const ids = fidelityItemIds(scale);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z_]+\.[a-z_0-9]+$/.test(id))).toBe(true);
    expect([scale.min, scale.max]).toEqual([1, 4]);
    expect(CURRENT_FIDELITY_SCALE.version).toBe('pathways-condensed-1');
    for (const d of scale.domains) for (const i of d.items) expect(i.text.nb && i.text.nn && i.text.en).toBeTruthy();
  });
});

describe('validateFidelityScores', () => {
  it('accepts every item scored with a whole number from 1 to 4', () => {
    expect(validateFidelityScores(scale, FIRST)).toEqual([]);
  });

  it('reports every missing, out-of-range, fractional, non-number and unknown score with its path', () => {
    const [missing, five, half, text] = fidelityItemIds(scale);
    const bad: Record<string, unknown> = { ...FIRST, [five!]: 5, [half!]: 2.5, [text!]: '3', 'housing_process.nope': 2 };
    delete bad[missing!];
    expect(validateFidelityScores(scale, bad)).toEqual([
      { path: `scores.${missing}`, code: 'required' },
      { path: `scores.${five}`, code: 'invalid_value' },
      { path: `scores.${half}`, code: 'invalid_value' },
      { path: `scores.${text}`, code: 'invalid_value' },
      { path: 'scores.housing_process.nope', code: 'unknown_item' },
    ]);
  });

  it('reports a zero as out of range', () => {
    const id = fidelityItemIds(scale)[0]!;
    expect(validateFidelityScores(scale, { ...FIRST, [id]: 0 })).toEqual([{ path: `scores.${id}`, code: 'invalid_value' }]);
  });
});

describe('scoreFidelity', () => {
  it('gives the domain means and the item mean, rounded half up to two decimals', () => {
    expect(scoreFidelity(scale, FIRST)).toEqual({
      scaleVersion: 'pathways-condensed-1',
      domains: [
        { id: 'housing_process', score: 3, items: 6 },
        { id: 'separation', score: 3.67, items: 6 },
        { id: 'service_philosophy', score: 3.25, items: 8 },
        { id: 'service_array', score: 2.29, items: 7 },
        { id: 'program_structure', score: 3.17, items: 6 },
      ],
      total: 3.06,
      band: 'moderate',
    });
  });

  it('puts all fours in the high band and all twos in the low band', () => {
    const all = (n: number) => Object.fromEntries(fidelityItemIds(scale).map((id) => [id, n]));
    expect(scoreFidelity(scale, all(4))).toMatchObject({ total: 4, band: 'high' });
    expect(scoreFidelity(scale, all(2))).toMatchObject({ total: 2, band: 'low' });
  });

  it('refuses incomplete scores', () => {
    expect(() => scoreFidelity(scale, {})).toThrow(RangeError);
  });
});

describe('fidelityHistory', () => {
  it('orders by date and gives the change since the previous assessment', () => {
    const history = fidelityHistory([
      { id: 'b', assessedOn: '2026-03-01', scaleVersion: scale.version, scores: SECOND },
      { id: 'a', assessedOn: '2025-09-01', scaleVersion: scale.version, scores: FIRST },
      { id: 'x', assessedOn: '2025-01-01', scaleVersion: 'retired-scale', scores: {} },
    ]);
    expect(history.map((h) => [h.id, h.total])).toEqual([
      ['a', 3.06],
      ['b', 3.18],
    ]);
    expect(history[0]!.change).toBeNull();
    expect(history[1]!.change).toEqual({
      domains: { housing_process: 0, separation: 0, service_philosophy: 0, service_array: 0.57, program_structure: 0 },
      total: 0.12,
    });
  });
});
