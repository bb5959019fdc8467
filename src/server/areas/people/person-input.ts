import type { CreatePersonBody, UpdatePersonBody } from '../../../contracts/people.js';
import type { Role } from '../../../domain/access/roles.js';
import { validateFnr, type FnrErrorCode } from '../../../domain/identity/index.js';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { canChangeAddress } from './people.policy.js';
import type { PersonChanges, PersonRow } from './people.repo.js';

/**
 * Turns a person's form into column values: validates the national id with the rules in
 * force today, fills the birth date from it, and checks who may write an address.
 * All field errors of a form are reported at once (docs/adr/0003).
 */

type FieldErrorInput = { path: string; code: string; messageKey: MessageKey };

const FNR_MESSAGES: Readonly<Record<FnrErrorCode, MessageKey>> = {
  wrong_length: 'field.national_id.wrong_length',
  not_digits: 'field.national_id.not_digits',
  invalid_date: 'field.national_id.invalid_date',
  invalid_checksum: 'field.national_id.invalid_checksum',
  h_number_not_supported: 'field.national_id.h_number_not_supported',
  synthetic_number: 'field.national_id.synthetic_number',
};

/** Fields whose values never go into the audit log, only their names (national id and address). */
const UNLOGGED_VALUES: Readonly<Record<string, string>> = {
  nationalId: 'nationalId',
  nationalIdKind: 'nationalId',
  addressLine: 'address',
  postalCode: 'address',
  postalCity: 'address',
};

const SIMPLE_FIELDS = [
  'givenName',
  'familyName',
  'phone',
  'email',
  'writtenLanguage',
  'interpreterLanguage',
  'addressProtection',
  'residentSince',
  'residenceStatus',
  'refugeeSettledOn',
  'gender',
] as const;

export interface InputContext {
  role: Role;
  today: string;
  /** Prefix for field paths when the person is part of a larger form (`headPerson.`). */
  prefix?: string;
}

/**
 * Column values for a new person (`before` undefined) or the changes to one.
 * @throws AppError validation_failed with every field error; forbidden (with the field) when
 * the role may not write this address or protection level.
 */
export function personChanges(before: PersonRow | undefined, body: CreatePersonBody | UpdatePersonBody, ctx: InputContext): PersonChanges {
  const prefix = ctx.prefix ?? '';
  const errors: FieldErrorInput[] = [];
  const changes: PersonChanges = {};
  for (const key of SIMPLE_FIELDS) {
    if (body[key] !== undefined) Object.assign(changes, { [key]: body[key] });
  }

  let birthFromNumber: string | null = null;
  let numberKind: 'fnr' | 'dnr' | null = null;
  if (body.nationalId !== undefined) {
    const value = (body.nationalId ?? '').replace(/\s+/g, '');
    if (value === '') {
      Object.assign(changes, { nationalId: null, nationalIdKind: null });
    } else {
      const result = validateFnr(value, { today: ctx.today });
      if (result.valid) {
        Object.assign(changes, { nationalId: value, nationalIdKind: result.kind });
        birthFromNumber = result.birthDate;
        numberKind = result.kind;
      } else {
        errors.push({ path: `${prefix}nationalId`, code: result.code, messageKey: FNR_MESSAGES[result.code] });
      }
    }
  }

  if (body.nationalId === undefined && body.birthDate !== undefined && before?.nationalId) {
    // A new birth date is checked against the number already registered.
    const result = validateFnr(before.nationalId, { today: ctx.today });
    if (result.valid) [birthFromNumber, numberKind] = [result.birthDate, result.kind];
  }

  const birthDate = body.birthDate !== undefined ? body.birthDate : (before?.birthDate ?? null);
  if (birthDate === null && birthFromNumber !== null) {
    changes.birthDate = birthFromNumber;
  } else if (body.birthDate !== undefined) {
    changes.birthDate = body.birthDate;
  }
  // A D-number's date may be the day of registration (UDI), so only a fødselsnummer must agree.
  if (numberKind === 'fnr' && birthFromNumber !== null && birthDate !== null && birthDate !== birthFromNumber) {
    errors.push({ path: `${prefix}birthDate`, code: 'does_not_match_national_id', messageKey: 'field.person.birth_date_mismatch' });
  }
  if (body.birthDate && body.birthDate > ctx.today) {
    errors.push({ path: `${prefix}birthDate`, code: 'in_future', messageKey: 'field.person.date_in_future' });
  }

  const from = before?.addressProtection ?? 'none';
  const to = body.addressProtection ?? from;
  if ((body.address !== undefined || to !== from) && !canChangeAddress(ctx.role, from, to)) {
    const path = body.address !== undefined ? 'address' : 'addressProtection';
    throw new AppError('forbidden', 'error.forbidden', [{ path: `${prefix}${path}`, code: 'not_allowed', messageKey: 'field.person.address_not_allowed' }]);
  }
  if (body.address !== undefined) {
    Object.assign(changes, {
      addressLine: body.address?.line ?? null,
      postalCode: body.address?.postalCode ?? null,
      postalCity: body.address?.postalCity ?? null,
    });
  }

  if (errors.length > 0) throw new AppError('validation_failed', 'error.validation_failed', errors);
  return changes;
}

/** The names of the fields a new person was registered with (for `person.created`; no values). */
export function givenFields(changes: PersonChanges): string[] {
  const given = Object.entries(changes).filter(([, value]) => value !== null && value !== undefined);
  return [...new Set(given.map(([key]) => UNLOGGED_VALUES[key] ?? key))];
}

/** The changed columns, and for the audit log: every changed field's name, values only where allowed. */
export function describeChanges(before: PersonRow, changes: PersonChanges) {
  const changed = Object.entries(changes).filter(([key, value]) => before[key as keyof PersonRow] !== value);
  const fields = [...new Set(changed.map(([key]) => UNLOGGED_VALUES[key] ?? key))];
  const values = Object.fromEntries(
    changed.filter(([key]) => UNLOGGED_VALUES[key] === undefined).map(([key, value]) => [key, { from: before[key as keyof PersonRow], to: value }]),
  );
  return { changed: Object.fromEntries(changed) as PersonChanges, fields, values };
}

/** A unique-key violation on the national id as the conflict the user can act on; anything else unchanged. */
export function asNationalIdConflict(error: unknown, prefix = ''): unknown {
  if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'person_national_id_key') {
    return new AppError('conflict', 'error.conflict', [{ path: `${prefix}nationalId`, code: 'taken', messageKey: 'field.national_id.taken' }]);
  }
  return error;
}
