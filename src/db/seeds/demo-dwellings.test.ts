import { describe, expect, it } from 'vitest';
import { checkDwelling } from '../../domain/dwellings/dwelling.js';
import { createRng } from '../../domain/random/rng.js';
import { planDemoDwellings } from './demo-dwellings-data.js';

const codes = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
const plan = planDemoDwellings(createRng(42), '9999', codes, 1400, '2026-11-21');
const share = (pred: (d: (typeof plan)[number]) => boolean) => plan.filter(pred).length / plan.length;
const current = (d: (typeof plan)[number]) => d.periods.at(-1)!;

describe('the demo dwelling stock', () => {
  it('has about 1 400 dwellings in all twelve districts, each valid', () => {
    expect(plan.length).toBeGreaterThanOrEqual(1400);
    expect(plan.length).toBeLessThan(1440);
    expect(new Set(plan.map((d) => d.fields.districtCode)).size).toBe(12);
    expect(plan.filter((d) => checkDwelling(d.fields, new Set(codes)).length > 0)).toEqual([]);
    expect(new Set(plan.map((d) => `${d.fields.gnr}/${d.fields.bnr}/${d.fields.unitNumber}/${d.fields.extraReference}`)).size).toBe(plan.length);
  });

  it('has the mix of the articles: many one-room units, some staffed shared housing, small houses, mostly municipally owned', () => {
    const mix = {
      oneRoom: share((d) => d.fields.bedrooms <= 1 && d.fields.dwellingType !== 'room_in_shared' && d.fields.dwellingType !== 'small_house'),
      shared: share((d) => d.fields.dwellingType === 'room_in_shared' && d.fields.staffed24h && d.fields.extraReference !== ''),
      smallHouses: plan.filter((d) => d.fields.dwellingType === 'small_house').length,
      municipal: share((d) => d.fields.disposalForm === 'municipally_owned'),
      wheelchair: share((d) => d.fields.wheelchairAccessible),
    };
    expect(mix.oneRoom).toBeGreaterThan(0.3);
    expect(mix.shared).toBeGreaterThan(0.04);
    expect(mix.smallHouses).toBeGreaterThanOrEqual(10);
    expect(mix.municipal).toBeGreaterThan(0.7);
    expect(mix.wheelchair).toBeGreaterThan(0.24);
    expect(mix.wheelchair).toBeLessThan(0.36);
    expect(plan.every((d) => d.fields.monthlyRent >= 6000 && d.fields.monthlyRent <= 16_000)).toBe(true);
  });

  it('is mostly let, with 2–3 % vacant, a few under maintenance and a handful reserved', () => {
    const status = (s: string) => plan.filter((d) => current(d).status === s).length;
    expect(status('let') / plan.length).toBeGreaterThan(0.9);
    expect(status('vacant') / plan.length).toBeGreaterThan(0.015);
    expect(status('vacant') / plan.length).toBeLessThan(0.035);
    expect(status('maintenance')).toBeGreaterThan(5);
    expect(status('reserved')).toBeGreaterThan(2);
    expect(plan.every((d) => current(d).toDate === null && current(d).fromDate <= '2026-11-21')).toBe(true);
    expect(plan.every((d) => d.periods.every((p, i) => i === 0 || d.periods[i - 1]!.toDate === p.fromDate))).toBe(true);
  });

  it('is the same plan for the same seed', () => {
    expect(planDemoDwellings(createRng(42), '9999', codes, 1400, '2026-11-21')).toEqual(plan);
  });
});
