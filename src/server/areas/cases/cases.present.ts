import type { z } from 'zod';
import {
  applicationSchema,
  type Application,
  type CaseSummary,
  type applicationViewSchema,
  type deadlineSchema,
} from '../../../contracts/cases.js';
import type { Language } from '../../../contracts/common.js';
import type { CaseType, RentalKind } from '../../../domain/cases/case-types.js';
import { isCaseStatus, type CaseStatus } from '../../../domain/cases/case-status.js';
import { caseDeadlineStatus } from '../../../domain/deadlines/case-status.js';
import { LEGAL_BASES, type LegalBasis } from '../../../domain/letters/legal-basis.js';
import type { Bilingual } from '../../../domain/letters/types.js';
import { gAt, toG } from '../../../domain/money/grunnbelop.js';
import type { CaseRow, StaffRef } from './cases.repo.js';

/** Row → DTO mappers for the cases area. Row types stop here (docs/style.md). */

/** Letter texts exist in bokmål and nynorsk; English readers of the API get bokmål. */
export const localized = (t: Bilingual, language: Language): string => t[language === 'nn' ? 'nn' : 'nb'];

/** The legal-basis version a case was opened under. @throws Error for a reference that names no known version. */
export function legalBasisOf(row: Pick<CaseRow, 'legalBasisVersion'>): LegalBasis {
  const basis = LEGAL_BASES.find((b) => b.id === row.legalBasisVersion);
  if (!basis) throw new Error(`unknown legal basis in the database: ${row.legalBasisVersion}`);
  return basis;
}

export function caseStatusOf(row: Pick<CaseRow, 'status'>): CaseStatus {
  if (!isCaseStatus(row.status)) throw new Error(`unknown case status in the database: ${row.status}`);
  return row.status;
}

export function staffRef(staff: ReadonlyMap<string, StaffRef>, id: string | null): { id: string; displayName: string } | null {
  if (id === null) return null;
  return { id, displayName: staff.get(id)?.displayName ?? '–' };
}

export function presentCaseSummary(row: CaseRow, staff: ReadonlyMap<string, StaffRef>, language: Language): CaseSummary {
  const basis = legalBasisOf(row);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    caseType: row.caseType as CaseType,
    rentalKind: (row.rentalKind as RentalKind | null) ?? null,
    status: caseStatusOf(row),
    receivedOn: row.receivedOn,
    personId: row.personId,
    householdId: row.householdId,
    helpRequestId: row.requestId,
    assignedTo: staffRef(staff, row.assignedToId),
    legalBasis: {
      ref: row.legalBasisVersion,
      provisions: localized(basis.legalBasis, language),
      decisionMaker: localized(basis.decisionMaker, language),
      appealBody: localized(basis.appealBody, language),
    },
  };
}

export function deadlineOf(row: Pick<CaseRow, 'receivedOn' | 'preliminaryReplySentOn' | 'decidedOn'>, today: string): z.infer<typeof deadlineSchema> {
  const status = caseDeadlineStatus({
    receivedOn: row.receivedOn,
    today,
    ...(row.preliminaryReplySentOn ? { preliminaryReplySentOn: row.preliminaryReplySentOn } : {}),
    ...(row.decidedOn ? { decidedOn: row.decidedOn } : {}),
  });
  return { state: status.state, preliminaryReplyDue: status.preliminaryReplyDue, warningFrom: status.warningFrom, daysOverdue: status.daysOverdue };
}

/** The stored application, read back through its schema (it was written through the same one). */
export function applicationOf(row: Pick<CaseRow, 'application'>): Application {
  return applicationSchema.parse(row.application);
}

/** Kroner in G on `date`, or null when the amount is unknown or no G is in force then. */
function inG(amount: number | null, date: string): number | null {
  if (amount === null) return null;
  try {
    return toG(amount, date);
  } catch {
    return null;
  }
}

function grunnbelopOn(date: string): number | null {
  try {
    return gAt(date);
  } catch {
    return null;
  }
}

/** The application with its amounts in G on the day the case was received. */
export function presentApplication(row: Pick<CaseRow, 'application' | 'receivedOn'>): z.infer<typeof applicationViewSchema> {
  const app = applicationOf(row);
  const date = row.receivedOn;
  return {
    ...app,
    amountsInG: {
      date,
      grunnbelop: grunnbelopOn(date),
      applicantGrossAnnual: inG(app.income.applicantGrossAnnual, date),
      householdGrossAnnual: inG(app.income.householdGrossAnnual, date),
      assets: inG(app.income.assets, date),
      debtToMunicipality: inG(app.debtToMunicipality?.amount ?? null, date),
    },
  };
}
