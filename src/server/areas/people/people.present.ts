import type { Consent, Person, PersonSummary, Representative } from '../../../contracts/people.js';
import { canSeeAddress, consentInForce } from '../../../domain/access/person-access.js';
import type { Role } from '../../../domain/access/roles.js';
import type { ConsentRecipient } from '../../../domain/cases/case-types.js';
import { osloDate } from '../../../domain/deadlines/index.js';
import { ageOrNull } from '../../../domain/eligibility/calendar.js';
import type { ResidenceStatus } from '../../../domain/eligibility/types.js';
import { maskFnr } from '../../../domain/identity/index.js';
import type { ConsentRow } from './consents.repo.js';
import { isCurrentMember, type MemberRow } from './households.repo.js';
import type { PersonRow, RepresentativeRow } from './people.repo.js';

/**
 * Row → DTO. Row types stop here. The address leaves the server only through
 * `presentPerson`, and only when canSeeAddress(role, protection) says so.
 */

export { ageOrNull };

export const maskedOrNull = (nationalId: string | null): string | null => (nationalId === null ? null : maskFnr(nationalId));

export function presentRepresentative(row: RepresentativeRow, today: string): Representative {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    address: row.addressLine && row.postalCode && row.postalCity ? { line: row.addressLine, postalCode: row.postalCode, postalCity: row.postalCity } : null,
    phone: row.phone,
    email: row.email,
    validFrom: row.validFrom,
    validTo: row.validTo,
    active: row.validFrom <= today && (row.validTo === null || today <= row.validTo),
  };
}

export interface PersonParts {
  memberships: ReadonlyArray<{ member: MemberRow; headPersonId: string }>;
  representatives: readonly RepresentativeRow[];
}

/** A person's record for `role`, with the address only when the role may see it. */
export function presentPerson(row: PersonRow, parts: PersonParts, role: Role, today: string, survivorId: string | null): Person {
  const visibleAddress =
    canSeeAddress(role, row.addressProtection) && row.addressLine !== null && row.postalCode !== null && row.postalCity !== null
      ? { address: { line: row.addressLine, postalCode: row.postalCode, postalCity: row.postalCity } }
      : {};
  return {
    id: row.id,
    mergedIntoId: survivorId,
    nationalId: row.nationalId,
    nationalIdKind: row.nationalIdKind,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    age: ageOrNull(row.birthDate, today),
    phone: row.phone,
    email: row.email,
    writtenLanguage: row.writtenLanguage,
    interpreterLanguage: row.interpreterLanguage,
    addressProtection: row.addressProtection,
    addressProtected: row.addressProtection !== 'none',
    ...visibleAddress,
    residentSince: row.residentSince,
    residenceStatus: row.residenceStatus as ResidenceStatus | null,
    refugeeSettledOn: row.refugeeSettledOn,
    gender: row.gender,
    households: parts.memberships.map(({ member, headPersonId }) => ({
      householdId: member.householdId,
      headPersonId,
      relation: member.relation,
      joinedOn: member.joinedOn,
      leftOn: member.leftOn,
      current: isCurrentMember(member, today),
    })),
    representatives: parts.representatives.map((r) => presentRepresentative(r, today)),
    createdAt: row.createdAt.toISOString(),
  };
}

/** One line of a list: no address, the national id masked. */
export function presentSummary(row: PersonRow, householdId: string | null): PersonSummary {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    maskedNationalId: maskedOrNull(row.nationalId),
    householdId,
  };
}

export function presentConsent(row: ConsentRow, today: string): Consent {
  const withdrawnOn = row.withdrawnAt ? osloDate(row.withdrawnAt) : null;
  return {
    id: row.id,
    personId: row.personId,
    recipient: row.recipient as ConsentRecipient,
    purpose: row.purpose,
    scope: row.scope,
    validFrom: row.validFrom,
    validTo: row.validTo,
    givenInWriting: row.givenInWriting,
    withdrawnAt: row.withdrawnAt ? row.withdrawnAt.toISOString() : null,
    withdrawalNote: row.withdrawalNote,
    inForce: consentInForce({ validFrom: row.validFrom, validTo: row.validTo, withdrawnOn }, today),
    createdAt: row.createdAt.toISOString(),
  };
}
