import { describe, expect, it } from 'vitest';
import { checkSettlement, inIntroductionOn, isRefugeeOn, yearFigures, type HelpFacts, type SettlementFacts, type SettlementRecord } from './settlement.js';

const TODAY = '2026-06-01';
const base: SettlementFacts = { settledOn: '2026-01-10', introductionFrom: '2026-02-01', introductionTo: '2028-01-31', housing: 'private', privateLeaseHelpId: null };
const codes = (s: Partial<SettlementFacts>) => checkSettlement({ ...base, ...s }, TODAY).map((p) => `${p.path}:${p.code}`);

describe('checkSettlement', () => {
  it('accepts a settlement with the programme after it', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ introductionFrom: null, introductionTo: null })).toEqual([]);
    expect(codes({ introductionTo: null })).toEqual([]);
  });

  it('refuses dates out of order, a settlement ahead of today and a lease help on other housing', () => {
    expect(codes({ settledOn: '2026-06-02', introductionFrom: null, introductionTo: null })).toEqual(['settledOn:in_future']);
    expect(codes({ introductionFrom: null })).toEqual(['introductionFrom:required']);
    expect(codes({ introductionFrom: '2026-01-01' })).toEqual(['introductionFrom:before_settled']);
    expect(codes({ introductionTo: '2026-01-31' })).toEqual(['introductionTo:end_before_start']);
    expect(codes({ housing: 'municipal', privateLeaseHelpId: 'h1' })).toEqual(['privateLeaseHelpId:help_needs_private_housing']);
  });
});

describe('isRefugeeOn and inIntroductionOn', () => {
  it('counts a household as refugees from the settlement day through the fourth calendar year after it (integreringstilskudd år 1–5)', () => {
    expect(isRefugeeOn('2021-03-15', '2021-03-14')).toBe(false);
    expect(isRefugeeOn('2021-03-15', '2021-03-15')).toBe(true);
    expect(isRefugeeOn('2021-03-15', '2025-12-31')).toBe(true);
    expect(isRefugeeOn('2021-03-15', '2026-01-01')).toBe(false);
  });

  it('knows who is in the programme on a day', () => {
    expect(inIntroductionOn(base, '2026-01-31')).toBe(false);
    expect(inIntroductionOn(base, '2026-02-01')).toBe(true);
    expect(inIntroductionOn(base, '2028-01-31')).toBe(true);
    expect(inIntroductionOn({ introductionFrom: '2026-02-01', introductionTo: null }, '2030-01-01')).toBe(true);
    expect(inIntroductionOn({ introductionFrom: null, introductionTo: null }, '2026-03-01')).toBe(false);
  });
});

describe('yearFigures', () => {
  const help = (id: string, householdId: string, startedOn: string, status: HelpFacts['status'], outcomeOn: string | null): HelpFacts => ({ id, householdId, startedOn, status, outcomeOn });
  const settled = (householdId: string, settledOn: string, housing: SettlementRecord['housing'] = 'private', privateLeaseHelpId: string | null = null): SettlementRecord => ({
    householdId,
    settledOn,
    introductionFrom: null,
    introductionTo: null,
    housing,
    privateLeaseHelpId,
  });

  const helps = [
    help('a', 'h1', '2026-01-05', 'signed', '2026-02-01'), // refugee settled 2025
    help('b', 'h2', '2025-11-01', 'signed', '2026-01-15'), // not a refugee
    help('c', 'h3', '2025-06-01', 'not_found', '2025-09-01'), // all in 2025
    help('d', 'h4', '2026-03-01', 'in_progress', null),
    help('e', 'h5', '2026-02-01', 'signed', '2026-04-01'), // refugee settled over five years ago
    help('f', 'h1', '2026-05-01', 'ended', '2026-05-20'), // the same household again
    help('g', 'h6', '2025-12-01', 'in_progress', null),
  ];
  const settlements = [settled('h1', '2025-08-01', 'private', 'a'), settled('h5', '2020-01-01'), settled('h7', '2026-03-01'), settled('h8', '2026-04-01', 'municipal'), settled('h9', '2025-10-01')];

  it('counts households helped and signed in the year, and refugees into private leases', () => {
    expect(yearFigures(helps, settlements, 2026)).toEqual({ year: 2026, helped: 5, signed: 3, refugeesInPrivateLeases: 2 });
  });

  it('counts last year on its own', () => {
    expect(yearFigures(helps, settlements, 2025)).toEqual({ year: 2025, helped: 3, signed: 0, refugeesInPrivateLeases: 1 });
  });
});
