import { describe, expect, it } from 'vitest';
import { fieldMessageKey } from './leases.http.js';

/** Every field code the leases area answers with has its own message in the catalogue. */
const CODES = [
  'not_found', 'dwelling_not_available', 'dwelling_already_let', 'before_start', 'short_term_reason_required', 'not_section_11_1',
  'deposit_without_type', 'required', 'deposit_above_six_months', 'in_future', 'section_11_1_notice_missing',
  'section_11_1_notice_after_signing', 'index_within_12_months', 'notice_too_short', 'gjengs_within_30_months', 'after_lease_end',
  'above_index', 'invalid_step_order', 'before_previous_step', 'unknown_item', 'duplicate', 'note_required', 'above_deposit',
  'settlement_mismatch', 'not_applicable', 'lease_status', 'already_recorded', 'arrears_outstanding', 'too_far_ahead',
  'not_whole_kroner', 'reference_conflict', 'missing_column', 'invalid_format', 'too_small', 'too_long',
];

describe('fieldMessageKey', () => {
  it.each(CODES)('%s has a message of its own', (code) => {
    expect(fieldMessageKey(code)).not.toBe('field.invalid_value');
  });

  it('falls back to the generic message for an unknown code', () => {
    expect(fieldMessageKey('no_such_code')).toBe('field.invalid_value');
  });
});
