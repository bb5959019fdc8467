import { describe, expect, it } from 'vitest';
import { checkDeposit, checkLeaseTerms, checkSigning, type DepositFacts, type LeaseTermsFacts } from './terms.js';

const codes = (problems: Array<{ path: string; code: string }>) => problems.map((p) => `${p.path}:${p.code}`);

describe('checkDeposit (husleieloven § 3-5)', () => {
  it.each<[DepositFacts, string[]]>([
    [{ depositType: 'blocked_account', depositAmount: 60_000, monthlyRent: 10_000 }, []],
    [{ depositType: 'blocked_account', depositAmount: 60_001, monthlyRent: 10_000 }, ['depositAmount:deposit_above_six_months']],
    [{ depositType: 'nav_guarantee', depositAmount: 60_001, monthlyRent: 10_000 }, ['depositAmount:deposit_above_six_months']],
    [{ depositType: 'nav_guarantee', depositAmount: 30_000, monthlyRent: 10_000 }, []],
    [{ depositType: 'blocked_account', depositAmount: 0, monthlyRent: 10_000 }, ['depositAmount:required']],
    [{ depositType: 'none', depositAmount: 0, monthlyRent: 10_000 }, []],
    [{ depositType: 'none', depositAmount: 1, monthlyRent: 10_000 }, ['depositAmount:deposit_without_type']],
  ])('%j → %j', (facts, expected) => {
    expect(codes(checkDeposit(facts))).toEqual(expected);
  });
});

describe('checkLeaseTerms', () => {
  const base: LeaseTermsFacts = {
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    section111: false,
    section111NoticeOn: null,
    shortTermReason: null,
    depositType: 'none',
    depositAmount: 0,
    monthlyRent: 9000,
  };
  it.each<[Partial<LeaseTermsFacts>, string[]]>([
    [{}, []],
    [{ endDate: null }, []],
    [{ endDate: '2026-01-01' }, ['endDate:before_start']],
    [{ endDate: '2027-12-31' }, ['shortTermReason:short_term_reason_required']],
    [{ endDate: '2027-12-31', shortTermReason: '   ' }, ['shortTermReason:short_term_reason_required']],
    [{ endDate: '2027-12-31', shortTermReason: 'Boligen skal rives i 2028' }, []],
    [{ endDate: '2027-12-31', section111: true }, ['shortTermReason:short_term_reason_required']],
    [{ section111NoticeOn: '2025-12-01' }, ['section111NoticeOn:not_section_11_1']],
    [{ endDate: '2025-06-01', depositType: 'blocked_account', depositAmount: 90_000 }, ['endDate:before_start', 'depositAmount:deposit_above_six_months']],
  ])('%j → %j', (change, expected) => {
    expect(codes(checkLeaseTerms({ ...base, ...change }))).toEqual(expected);
  });
});

describe('checkSigning (§ 11-1 written notice before signing)', () => {
  it.each([
    [false, null, '2026-01-10', []],
    [true, null, '2026-01-10', ['section111NoticeOn:section_11_1_notice_missing']],
    [true, '2026-01-10', '2026-01-10', []],
    [true, '2026-01-11', '2026-01-10', ['section111NoticeOn:section_11_1_notice_after_signing']],
    [false, null, '2026-01-21', ['signedOn:in_future']],
  ] as const)('§ 11-1 %s, notice %s, signed %s → %j', (section111, notice, signedOn, expected) => {
    expect(codes(checkSigning({ section111, section111NoticeOn: notice, signedOn, today: '2026-01-20' }))).toEqual(expected);
  });
});
