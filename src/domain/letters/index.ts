/**
 * Letters of a case as plain data (pure): the decision letter with the blocks the law requires,
 * the foreløpig svar, the forwarding letter and the appeal cover sheet; legal references as
 * versioned data; an HTML renderer. The PDF renderer is server/platform/pdf.ts.
 */
export * from './types.js';
export { FVL_1967, LEGAL_BASES, findLegalBasis, legalBasisFor, procedureRef, type LegalBasis, type ProcedureRef, type ProcedureReferences } from './legal-basis.js';
export { OTHER_HELP_KINDS, type OtherHelp } from './decision-text.js';
export {
  buildDecisionLetter,
  type DecisionBlocks,
  type DecisionLetterInput,
  type DecisionOutcome,
  type DwellingSpec,
} from './decision-letter.js';
export {
  buildAppealCoverLetter,
  buildForwardingLetter,
  buildPreliminaryReply,
  type AppealCoverInput,
  type EnclosedDocument,
  type ForwardingLetterInput,
  type PreliminaryReplyInput,
} from './other-letters.js';
export { CASE_SUBJECTS, keepTogether, letterDate, letterLabels, type LetterLabels } from './text.js';
export { LETTER_CSS, escapeHtml, renderLetterBody, renderLetterHtml, type RenderHtmlOptions } from './render-html.js';
export { buildOfferLetter, type OfferLetterInput, type OfferedDwelling } from './offer-letter.js';
