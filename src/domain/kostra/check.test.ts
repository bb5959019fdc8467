import { describe, expect, it } from 'vitest';
import { fixedHistory, history, leases } from '../indicators/fixtures.js';
import { checkForm13 } from './check.js';
import { form13Figures, type Form13Figures } from './form13.js';

const figures = (): Form13Figures => form13Figures(fixedHistory(), 2025);
const codes = (f: Form13Figures) => checkForm13(f).map((p) => `${p.severity}:${p.code}`);

describe('the form 13 validation pass', () => {
  it('finds in the fixed history: e7 without a main reason (error), d6 not in use (warning) — errors first', () => {
    expect(codes(figures())).toEqual(['error:housed_without_reason', 'warning:not_in_use_in_stock']);
    const [first] = checkForm13(figures());
    expect(first?.message.nb).toBe('1 nyinnflyttede husstander mangler hovedårsak (eller bosettingsdato for flyktning). Registrer den før rapportering.');
    expect(first?.message.en).toContain('lack a main reason');
    expect(first?.message.nn).toBe('1 nyinnflytte hushald manglar hovudårsak (eller busetjingsdato for flyktning). Registrer han før rapportering.');
  });

  it('refuses parts larger than their whole', () => {
    const f = figures();
    const edited: Form13Figures = {
      ...f,
      let: { ...f.let, total: 5 },
      stock: { ...f.stock, byDisposalForm: { ...f.stock.byDisposalForm, leased_from_private: { total: 1, wheelchairAccessible: 2 } } },
      temporary: { ...f.temporary, shortStay: 7, childrenOver3Months: 3 },
      newlyHoused: { ...f.newlyHoused, total: 8 },
      waitingList: { ...f.waitingList, total: 2 },
    };
    expect(codes(edited).filter((c) => c.startsWith('error'))).toEqual([
      'error:let_exceeds_stock',
      'error:wheelchair_exceeds_stock',
      'error:housed_reasons_do_not_add_up',
      'error:housed_without_reason',
      'error:waiting_reasons_do_not_add_up',
      'error:temporary_part_exceeds_households',
      'error:children_over_3_months_exceeds_parts',
    ]);
  });

  it('refuses disposal forms that do not add up and a missing population', () => {
    const f = figures();
    expect(codes({ ...f, inhabitants: 0, stock: { ...f.stock, total: 5 } })).toContain('error:disposal_forms_do_not_add_up');
    expect(codes({ ...f, inhabitants: 0 })).toContain('error:no_inhabitants');
  });

  it('warns when refusals exceed new applications (they may be last year’s)', () => {
    const f = figures();
    expect(codes({ ...f, applications: { newReceived: 1, newRefused: 2 } })).toContain('warning:refused_exceeds_received');
  });

  it('warns when the register and the leases disagree on 31 December', () => {
    // l2 removed: d1 is let without a lease; a lease on d6 (not in use) runs without the status let.
    const h = history({
      dwellings: fixedHistory().dwellings,
      leases: [...leases().filter((l) => l.id !== 'l2'), { id: 'l7', dwellingId: 'd6', householdId: 'hF', startDate: '2025-06-01', endedOn: null, districtCode: 'A' }],
    });
    const f = form13Figures(h, 2025);
    expect(f.let).toEqual({ total: 2, withoutRunningLease: 1, runningLeaseNotLet: 1 });
    expect(codes(f)).toEqual(expect.arrayContaining(['warning:let_without_running_lease', 'warning:running_lease_not_let']));
  });

  it('warns that a year still running gives preliminary figures', () => {
    const f = form13Figures(history({ asOf: '2025-12-31' }), 2025);
    expect(checkForm13(f)[0]).toMatchObject({ code: 'year_not_complete', severity: 'warning', message: { en: 'The year 2025 is not over: the figures are preliminary as of 2025-12-31.' } });
  });
});
