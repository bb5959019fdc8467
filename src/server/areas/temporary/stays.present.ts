import type { Stay } from '../../../contracts/temporary.js';
import type { Role } from '../../../domain/access/roles.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { assessQuality, type StayFlags } from '../../../domain/temporary/index.js';
import { isOpenHousingCase, type CaseFact } from './case-facts.repo.js';
import type { StayViewRow } from './stays.repo.js';
import { maySeeLocation } from './temporary.policy.js';

/** Turns stay rows into the API's Stay: flags from the domain, the location hidden when the household's address is protected. */

export interface PresentFacts {
  role: Role;
  today: string;
  flags: Map<string, StayFlags>;
  cases: Map<string, CaseFact>;
  /** Each household's open housing case today. */
  openHousing: Map<string, CaseFact>;
}

const ref = (c: CaseFact | undefined) => (c ? { id: c.id, caseNumber: c.caseNumber } : null);

export function presentStay(row: StayViewRow, facts: PresentFacts): Stay {
  const { stay } = row;
  const flags = facts.flags.get(stay.id);
  if (!flags) throw new Error('stay without flags');
  // Strengt fortrolig: the place is where the household lives, and nobody may see that (person-access.ts canSeeAddress).
  const showLocation = maySeeLocation(facts.role, row.addressProtection);
  const hasPlace = showLocation && stay.placeId !== null && row.placeLabel !== null;
  const checklist = { access24h: row.access24h === true, cooking: row.cooking === true, wcAndBath: row.wcAndBath === true, laundry: row.laundry === true };
  const linked = stay.housingCaseId ? facts.cases.get(stay.housingCaseId) : undefined;
  const quality = hasPlace ? assessQuality(checklist, stay.childrenPresent) : null;
  return {
    id: stay.id,
    household: { id: stay.householdId, headName: `${row.headGivenName} ${row.headFamilyName}` },
    provider: showLocation ? { id: stay.providerId, name: row.providerName, kind: row.providerKind } : null,
    place: hasPlace && stay.placeId !== null ? { id: stay.placeId, label: row.placeLabel ?? '' } : null,
    locationProtected: !showLocation,
    startDate: stay.startDate,
    endDate: stay.endDate,
    open: stay.endDate === null || compareDates(stay.endDate, facts.today) > 0,
    days: flags.days,
    continuousSince: flags.continuousSince,
    continuousDays: flags.continuousDays,
    threeMonthsOn: flags.threeMonthsOn,
    flags: { shortStay: flags.shortStay, over3Months: flags.over3Months, childrenOver3Months: flags.childrenOver3Months, nightShelter: flags.nightShelter },
    childrenPresent: stay.childrenPresent,
    quality: quality
      ? { complete: quality.complete, meetsRequirement: quality.meetsRequirement, missing: [...quality.missing], missingRequired: [...quality.missingRequired] }
      : null,
    cooperationAgreementSignedOn: stay.cooperationAgreementSignedOn,
    cleaningOffered: stay.cleaningOffered,
    case: ref(stay.caseId ? facts.cases.get(stay.caseId) : undefined),
    housingCase: ref(linked),
    permanentHousingCase: ref(linked && isOpenHousingCase(linked) ? linked : facts.openHousing.get(stay.householdId)),
    createdAt: stay.createdAt.toISOString(),
  };
}
