import type { AddMemberBody, HouseholdMember } from '../../../contracts/people';

/** Relations of a household member, in the API's order (contracts/people.ts HOUSEHOLD_RELATIONS; kept here so zod stays out of the bundle). */
export type Relation = HouseholdMember['relation'];
export type MemberRelation = AddMemberBody['relation'];

export const MEMBER_RELATIONS = ['spouse', 'partner', 'child', 'other_adult', 'other_child'] as const satisfies readonly MemberRelation[];
