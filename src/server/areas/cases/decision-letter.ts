import { decisionContentSchema, type DecisionContent } from '../../../contracts/cases.js';
import type { CaseType, RentalKind } from '../../../domain/cases/case-types.js';
import { buildDecisionLetter, type DecisionBlocks } from '../../../domain/letters/decision-letter.js';
import type { LetterResult } from '../../../domain/letters/types.js';
import type { EligibilityReason } from '../../../domain/eligibility/types.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import * as records from './case-records.repo.js';
import type { DecisionRow } from './case-records.repo.js';
import type { CaseRow } from './cases.repo.js';
import * as repo from './cases.repo.js';
import { ruleSetInForceOrUndefined } from './eligibility.service.js';
import { letterParties, type LetterParties } from './letters.js';

/** Turns a decision row into the letter builder's input and builds the letter. */

export function contentOf(row: Pick<DecisionRow, 'content'>): DecisionContent {
  return decisionContentSchema.parse(row.content);
}

/** The builder's blocks from the caseworker's content, the rule set's validity and the latest evaluation. */
function blocksOf(content: DecisionContent, validityMonths: number | undefined, reasons: readonly EligibilityReason[]): DecisionBlocks {
  const d = content.dwelling;
  return {
    conclusion: content.conclusion,
    facts: content.facts,
    considerations: content.considerations,
    helpContent: content.helpContent,
    ...(d
      ? {
          dwelling: {
            bedrooms: d.bedrooms,
            ...(d.sizeM2 !== null ? { sizeM2: d.sizeM2 } : {}),
            ...(d.floorRequirement !== 'none' ? { floorRequirement: d.floorRequirement } : {}),
            lift: d.lift,
            wheelchair: d.wheelchair,
          },
        }
      : {}),
    ...(content.leaseYears !== null ? { leaseYears: content.leaseYears } : {}),
    ...(validityMonths !== undefined ? { validityMonths } : {}),
    premises: content.premises,
    otherHelp: content.otherHelp,
    eligibilityReasons: content.includeEligibilityReasons ? reasons : [],
    additionalRules: content.additionalRules,
    freeLegalAid: content.freeLegalAid,
  };
}

export interface DecisionLetterDates {
  decidedOn: string;
  noticeSentOn: string;
}

/**
 * Builds the decision letter for `decision` as it would be sent with these dates and signers:
 * validity from the content or else the municipality's rule set in force on the decision date
 * (rental dwellings), the latest evaluation's reasons when asked for.
 */
export async function buildLetterFor(
  ctx: ServiceContext,
  tx: Tx,
  kase: CaseRow,
  decision: DecisionRow,
  dates: DecisionLetterDates,
  attestedById?: string,
): Promise<{ result: LetterResult; parties: LetterParties }> {
  const { municipalityId } = ctx.actor;
  const content = contentOf(decision);
  const parties = await letterParties(ctx, tx, kase, dates.decidedOn);
  const staff = await repo.staffByIds(tx, municipalityId, [decision.decidedBy, attestedById]);
  const ruleSet = kase.caseType === 'rental_dwelling' ? await ruleSetInForceOrUndefined(ctx, tx, dates.decidedOn) : undefined;
  const evaluation = content.includeEligibilityReasons ? await records.latestEvaluation(tx, municipalityId, kase.id) : undefined;
  const reasons = ((evaluation?.result as { reasons?: EligibilityReason[] } | undefined)?.reasons ?? []) as EligibilityReason[];
  const result = buildDecisionLetter({
    language: decision.language,
    municipality: parties.municipality,
    caseNumber: kase.caseNumber,
    recipient: parties.recipient,
    person: { name: parties.person.name },
    caseworker: { name: staff.get(decision.decidedBy)?.displayName ?? '' },
    ...(attestedById ? { attestedBy: { name: staff.get(attestedById)?.displayName ?? '' } } : {}),
    caseType: kase.caseType as CaseType,
    ...(kase.rentalKind ? { rentalKind: kase.rentalKind as RentalKind } : {}),
    outcome: decision.outcome,
    decidedOn: dates.decidedOn,
    noticeSentOn: dates.noticeSentOn,
    blocks: blocksOf(content, content.validityMonths ?? ruleSet?.validityMonths, reasons),
  });
  return { result, parties };
}
