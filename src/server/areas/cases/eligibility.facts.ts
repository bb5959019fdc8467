import type { Application } from '../../../contracts/cases.js';
import { RESIDENCE_STATUSES, type EligibilityFacts, type HouseholdMember, type ResidenceStatus } from '../../../domain/eligibility/types.js';
import type { MemberRow, PersonRow } from './people-facts.repo.js';

const isResidenceStatus = (v: string | null): v is ResidenceStatus => v !== null && (RESIDENCE_STATUSES as readonly string[]).includes(v);
const defined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/**
 * The facts the eligibility rules read, from the application form, the person's register data
 * and the household. Unknown facts stay undefined so the rule says what to collect.
 *
 * Income: when the form gives the household's total gross income, that total is used (on the
 * applicant, the other members at 0) — it is what the applicant declared and the caseworker
 * checked. Otherwise each member's registered income, the applicant's falling back to the
 * income on the form. [I] A rule set that excludes young members' income (Oslo) needs the
 * per-member figures; none of the built-in sets does.
 */
export function buildFacts(application: Application, person: PersonRow, members: readonly MemberRow[], receivedOn: string): EligibilityFacts {
  const others = members.filter((m) => m.personId !== person.id);
  const own = members.find((m) => m.personId === person.id);
  const total = application.income.householdGrossAnnual;
  const applicant: HouseholdMember = {
    ...(person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(total !== null
      ? { grossAnnualIncome: total }
      : (own?.grossAnnualIncome ?? application.income.applicantGrossAnnual) !== null
        ? { grossAnnualIncome: (own?.grossAnnualIncome ?? application.income.applicantGrossAnnual) as number }
        : {}),
  };
  const household: HouseholdMember[] = [
    applicant,
    ...others.map((m) => ({
      ...(m.birthDate ? { birthDate: m.birthDate } : {}),
      ...(total !== null ? { grossAnnualIncome: 0 } : m.grossAnnualIncome !== null ? { grossAnnualIncome: m.grossAnnualIncome } : {}),
    })),
  ];
  return {
    birthDate: defined(person.birthDate),
    hasDailyCareOfChildren: defined(application.facts.hasDailyCareOfChildren),
    residenceStatus: isResidenceStatus(person.residenceStatus) ? person.residenceStatus : undefined,
    residentSince: defined(person.residentSince),
    // Settled here as a refugee for the first time: Husly records the first settlement date only.
    refugeeFirstSettlement: person.refugeeSettledOn !== null,
    housingSituation: application.housingSituation,
    documentedOwnAttempts: defined(application.facts.documentedOwnAttempts),
    canMeetLeaseTerms: defined(application.facts.canMeetLeaseTerms),
    household,
    debtToMunicipality: defined(application.debtToMunicipality),
    ...(application.lastEvictionDate !== undefined ? { lastEvictionDate: application.lastEvictionDate } : {}),
    applicationDate: receivedOn,
  };
}
