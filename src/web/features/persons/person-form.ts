import type { CreatePersonBody } from '../../../contracts/people';
import type { AddressProtection } from '../../../domain/cases/case-types';
import type { ResidenceStatus } from '../../../domain/eligibility/types';
import type { Catalogue } from '../../app/i18n/nb';
import type { FieldMessages } from '../../components/form-errors';

/** A person's fields as typed; '' is "not given". Mirrors createPersonBodySchema in contracts/people.ts. */
export type PersonValues = {
  nationalId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  phone: string;
  email: string;
  writtenLanguage: 'nb' | 'nn';
  needsInterpreter: boolean;
  interpreterLanguage: string;
  addressLine: string;
  postalCode: string;
  postalCity: string;
  addressProtection: AddressProtection;
  residentSince: string;
  residenceStatus: ResidenceStatus | '';
  refugeeSettledOn: string;
  gender: '' | 'female' | 'male' | 'other';
};

export const EMPTY_PERSON: PersonValues = {
  nationalId: '',
  givenName: '',
  familyName: '',
  birthDate: '',
  phone: '',
  email: '',
  writtenLanguage: 'nb',
  needsInterpreter: false,
  interpreterLanguage: '',
  addressLine: '',
  postalCode: '',
  postalCity: '',
  addressProtection: 'none',
  residentSince: '',
  residenceStatus: '',
  refugeeSettledOn: '',
  gender: '',
};

/** The API's field paths of a person, in form order (without the `headPerson.` or `person.` prefix). */
export const PERSON_PATHS = [
  'nationalId',
  'givenName',
  'familyName',
  'birthDate',
  'phone',
  'email',
  'writtenLanguage',
  'interpreterLanguage',
  'address.line',
  'address.postalCode',
  'address.postalCity',
  'addressProtection',
  'residentSince',
  'residenceStatus',
  'refugeeSettledOn',
  'gender',
] as const;
export type PersonPath = (typeof PERSON_PATHS)[number];

/** Field path → element id. */
export function personElementIds(idPrefix: string): Record<PersonPath, string> {
  return Object.fromEntries(PERSON_PATHS.map((path) => [path, `${idPrefix}-${path.replace('.', '-')}`])) as Record<PersonPath, string>;
}

/** Field path with the API's prefix → element id, in form order (for the error summary). */
export function personFieldIds(apiPrefix: string, idPrefix: string, paths: readonly PersonPath[] = PERSON_PATHS): Record<string, string> {
  const ids = personElementIds(idPrefix);
  return Object.fromEntries(paths.map((path) => [apiPrefix + path, ids[path]]));
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
const hasAddress = (v: PersonValues): boolean => [v.addressLine, v.postalCode, v.postalCity].some((part) => part.trim() !== '');

export function toPersonBody(v: PersonValues): CreatePersonBody {
  return {
    nationalId: optional(v.nationalId.replace(/\s+/g, '')),
    givenName: v.givenName.trim(),
    familyName: v.familyName.trim(),
    birthDate: optional(v.birthDate),
    phone: optional(v.phone),
    email: optional(v.email),
    writtenLanguage: v.writtenLanguage,
    interpreterLanguage: v.needsInterpreter ? optional(v.interpreterLanguage) : undefined,
    address: hasAddress(v)
      ? { line: v.addressLine.trim(), postalCode: v.postalCode.trim(), postalCity: v.postalCity.trim() }
      : undefined,
    addressProtection: v.addressProtection,
    residentSince: optional(v.residentSince),
    residenceStatus: v.residenceStatus === '' ? undefined : v.residenceStatus,
    refugeeSettledOn: optional(v.refugeeSettledOn),
    gender: v.gender === '' ? undefined : v.gender,
  };
}

/**
 * What the browser can tell at once: names given, a complete address, a four-digit postal code.
 * The national id is checked by the server, with the rules in force today.
 */
export function validatePerson(v: PersonValues, t: Catalogue, apiPrefix: string): FieldMessages<string> {
  const errors: FieldMessages<string> = {};
  const l = t.personForm;
  if (!v.givenName.trim()) errors[`${apiPrefix}givenName`] = t.form.required(l.givenName);
  if (!v.familyName.trim()) errors[`${apiPrefix}familyName`] = t.form.required(l.familyName);
  if (v.needsInterpreter && !v.interpreterLanguage.trim()) {
    errors[`${apiPrefix}interpreterLanguage`] = t.form.required(l.interpreterLanguage);
  }
  if (hasAddress(v)) {
    if (!v.addressLine.trim()) errors[`${apiPrefix}address.line`] = t.form.required(l.addressLine);
    if (!/^\d{4}$/.test(v.postalCode.trim())) errors[`${apiPrefix}address.postalCode`] = l.postalCodeFormat;
    if (!v.postalCity.trim()) errors[`${apiPrefix}address.postalCity`] = t.form.required(l.postalCity);
  }
  return errors;
}
