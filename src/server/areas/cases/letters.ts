import type { AddressProtection } from '../../../domain/cases/case-types.js';
import { renderLetterHtml } from '../../../domain/letters/render-html.js';
import type { BlockId, Letter, LetterLanguage, RecipientInput } from '../../../domain/letters/types.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import * as records from './case-records.repo.js';
import type { CaseRow } from './cases.repo.js';
import * as repo from './cases.repo.js';
import * as people from './people-facts.repo.js';

/**
 * What every letter of a case needs from the database — sender, recipient (the fullmektig or
 * verge when there is one, fvl. § 12) and the person's målform — and storing a sent letter.
 * The letters themselves are built by domain/letters.
 */

/** Where LETTER_CSS is served (cases.routes.ts); the letter HTML links it because the CSP forbids inline style. */
export const LETTER_CSS_HREF = '/api/letters/letter.css';

export interface LetterParties {
  municipality: { name: string; unit: string };
  person: { name: string; writtenLanguage: LetterLanguage };
  recipient: RecipientInput;
  recipientKind: 'person' | 'representative';
}

/** [I] The unit that writes: NAV for § 27, the housing office otherwise. A municipality setting later. */
const unitOf = (caseType: string): string => (caseType === 'temporary_accommodation' ? 'Nav-kontoret' : 'Boligkontoret');

function addressLines(line: string | null, postalCode: string | null, postalCity: string | null): string[] {
  return [line ?? '', [postalCode, postalCity].filter(Boolean).join(' ')].map((l) => l.trim()).filter((l) => l.length > 0);
}

/**
 * Sender and recipient of a letter about `kase` on `today`. A protected address (fortrolig,
 * strengt fortrolig) is never put on a letter: the recipient gets no address lines and the
 * letter goes through Folkeregisteret's routine.
 * @throws AppError not_found when the person is missing.
 */
export async function letterParties(ctx: ServiceContext, tx: Tx, kase: CaseRow, today: string): Promise<LetterParties> {
  const { municipalityId } = ctx.actor;
  const person = await people.findPerson(tx, municipalityId, kase.personId);
  if (!person) throw notFound();
  const { name: municipalityName } = await repo.municipalitySettings(tx, municipalityId);
  const personName = `${person.givenName} ${person.familyName}`;
  const representative = await people.findRepresentative(tx, municipalityId, person.id, today);
  const protectedAddress = (person.addressProtection as AddressProtection) !== 'none';
  const recipient: RecipientInput = representative
    ? {
        name: representative.name,
        addressLines: addressLines(representative.addressLine, representative.postalCode, representative.postalCity),
        isRepresentative: true,
        representedPersonName: personName,
      }
    : {
        name: personName,
        addressLines: protectedAddress ? [] : addressLines(person.addressLine, person.postalCode, person.postalCity),
        addressProtected: protectedAddress,
        isRepresentative: false,
      };
  return {
    municipality: { name: municipalityName, unit: unitOf(kase.caseType) },
    person: { name: personName, writtenLanguage: person.writtenLanguage },
    recipient,
    recipientKind: representative ? 'representative' : 'person',
  };
}

/** Stores a sent letter (its HTML is the text that was sent). */
export function storeLetter(
  ctx: ServiceContext,
  tx: Tx,
  kase: CaseRow,
  letter: Letter,
  recipient: { kind: 'person' | 'representative' | 'appeal_body' | 'unit'; name: string },
  sentOn: string,
): Promise<records.LetterMetaRow> {
  return records.insertLetter(tx, {
    municipalityId: ctx.actor.municipalityId,
    caseId: kase.id,
    kind: letter.kind,
    language: letter.language,
    recipientKind: recipient.kind,
    recipientName: recipient.name,
    html: renderLetterHtml(letter, { stylesheetHref: LETTER_CSS_HREF }),
    sentOn,
    createdBy: ctx.actor.userId,
  });
}

/** Where each missing letter block is filled in: the request field, or the case data it comes from. */
const BLOCK_FIELDS: Partial<Record<BlockId, string>> = {
  conclusion: 'content.conclusion',
  facts: 'content.facts',
  considerations: 'content.considerations',
  help_content: 'content.helpContent',
  dwelling: 'content.dwelling',
  lease: 'content.leaseYears',
  validity: 'content.validityMonths',
  lapse: 'content.premises',
  other_help: 'content.otherHelp',
  delay_reason: 'reason',
  expected_answer: 'expectedBy',
  forwarded: 'unit',
  forward_reason: 'reason',
  first_instance_assessment: 'note',
  late_appeal: 'lateAppealAssessment',
};

/** A builder's missing blocks as field paths: the request field, else `letter.<block>`. */
export const missingBlockPaths = (missing: readonly BlockId[]): string[] => missing.map((id) => BLOCK_FIELDS[id] ?? `letter.${id}`);

/** The error for a letter the builder refused: 422 rule_violation, one field error per missing block. */
export function letterIncomplete(missing: readonly BlockId[]): AppError {
  return new AppError(
    'rule_violation',
    'error.letter_incomplete',
    missingBlockPaths(missing).map((path) => ({ path, code: 'missing_block', messageKey: 'field.missing_block' as MessageKey })),
  );
}
