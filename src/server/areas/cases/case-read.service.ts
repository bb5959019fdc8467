import type { CaseDetail } from '../../../contracts/cases.js';
import type { Language } from '../../../contracts/common.js';
import { canSeeAddress } from '../../../domain/access/person-access.js';
import type { AddressProtection, NoteSensitivity } from '../../../domain/cases/case-types.js';
import { allowedEvents } from '../../../domain/cases/case-status.js';
import { ageOn } from '../../../domain/eligibility/calendar.js';
import { maskFnr } from '../../../domain/identity/fnr.js';
import type { ServiceContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { readCase, todayOf } from './case-access.js';
import * as records from './case-records.repo.js';
import { assertCaseArea, mayHandleCase, maySeeNote, recipientsInForce } from './cases.policy.js';
import { caseStatusOf, deadlineOf, presentApplication, presentCaseSummary } from './cases.present.js';
import * as repo from './cases.repo.js';
import * as people from './people-facts.repo.js';
import { presentAppeal, presentDecisionSummary, presentDocument, presentEvaluation, presentLetter, presentNote } from './records.present.js';

const ageOrNull = (birthDate: string | null, today: string): number | null => (birthDate ? ageOn(birthDate, today) : null);

function presentPerson(row: people.PersonRow, representative: people.RepresentativeRow | undefined, role: ServiceContext['actor']['role'], today: string): CaseDetail['person'] {
  const protection = row.addressProtection as AddressProtection;
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    age: ageOrNull(row.birthDate, today),
    nationalIdMasked: row.nationalId ? maskFnr(row.nationalId) : null,
    writtenLanguage: row.writtenLanguage,
    interpreterLanguage: row.interpreterLanguage,
    phone: row.phone,
    email: row.email,
    addressProtection: protection,
    // The case page never carries a protected address, even to a role that may see it on the person page.
    address: protection === 'none' && canSeeAddress(role, protection) && row.addressLine ? { line: row.addressLine, postalCode: row.postalCode, postalCity: row.postalCity } : null,
    representative: representative ? { kind: representative.kind, name: representative.name } : null,
    residentSince: row.residentSince,
    residenceStatus: row.residenceStatus,
    refugeeSettledOn: row.refugeeSettledOn,
  };
}

/** Timeline events the role may see: a note.added event of a sensitive note is left out like the note itself. */
function visibleEvent(role: ServiceContext['actor']['role'], e: { type: string; data: Record<string, unknown> }): boolean {
  if (e.type !== 'note.added') return true;
  return maySeeNote(role, (e.data.sensitivity as NoteSensitivity | undefined) ?? 'none');
}

/**
 * Everything the case page shows, the read recorded in the access log. Notes and their timeline
 * events the role may not see are left out entirely, not masked.
 * @throws AppError forbidden (role without cases), not_found (missing, other municipality, no access).
 */
export async function getCase(ctx: ServiceContext, id: string, language: Language): Promise<CaseDetail> {
  assertCaseArea(ctx.actor);
  const { municipalityId, role } = ctx.actor;
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const row = await readCase(ctx, tx, id, 'case.view');
    // One query at a time: PGlite has a single connection and a transaction is one session anyway.
    const person = await people.findPerson(tx, municipalityId, row.personId);
    const household = await people.findHousehold(tx, municipalityId, row.householdId);
    const request = await repo.findHelpRequest(tx, municipalityId, row.requestId);
    if (!person || !household || !request) throw notFound();
    const members = await people.listMembers(tx, municipalityId, household.id, today);
    const representative = await people.findRepresentative(tx, municipalityId, person.id, today);
    const decisions = await records.listDecisions(tx, municipalityId, id);
    const appeals = await records.listAppeals(tx, municipalityId, id);
    const letters = await records.listLetters(tx, municipalityId, id);
    const documents = await records.listDocuments(tx, municipalityId, id);
    const notes = (await records.listNotes(tx, municipalityId, id)).filter((n) => maySeeNote(role, n.sensitivity as NoteSensitivity));
    const evaluation = await records.latestEvaluation(tx, municipalityId, id);
    const consents = await repo.listConsents(tx, municipalityId, [person.id]);
    const timeline = (await records.listTimeline(tx, municipalityId, id)).filter((e) => visibleEvent(role, e));
    const readers = await records.listReaders(tx, municipalityId, id);
    const staff = await repo.staffByIds(tx, municipalityId, [
      row.assignedToId,
      ...decisions.flatMap((d) => [d.decidedBy, d.attestedBy]),
      ...documents.map((d) => d.uploadedBy),
      ...notes.map((n) => n.createdBy),
    ]);
    const inForce = new Set(consents.filter((c) => recipientsInForce([c], today).length > 0).map((c) => c.id));
    const decisionById = new Map(decisions.map((d) => [d.id, d]));
    return {
      case: {
        ...presentCaseSummary(row, staff, language),
        preliminaryReplySentOn: row.preliminaryReplySentOn,
        decidedOn: row.decidedOn,
        forwardedTo: row.forwardedTo,
        forwardedOn: row.forwardedOn,
        closedOn: row.closedOn,
        summary: request.summary,
        channel: request.channel,
        deadline: deadlineOf(row, today),
        canHandle: mayHandleCase(role, row.caseType),
        allowedEvents: mayHandleCase(role, row.caseType) ? allowedEvents(caseStatusOf(row)) : [],
      },
      person: presentPerson(person, representative, role, today),
      household: {
        id: household.id,
        headPersonId: household.headPersonId,
        members: members.map((m) => ({
          personId: m.personId,
          givenName: m.givenName,
          familyName: m.familyName,
          relation: m.relation,
          age: ageOrNull(m.birthDate, today),
          grossAnnualIncome: m.grossAnnualIncome,
        })),
      },
      application: presentApplication(row),
      evaluation: evaluation ? presentEvaluation(evaluation, language) : null,
      decisions: decisions.map((d) => presentDecisionSummary(d, staff)),
      appeals: appeals.map((a) => presentAppeal(a, decisionById.get(a.decisionId))),
      letters: letters.map(presentLetter),
      documents: documents.map((d) => presentDocument(d, staff)),
      notes: notes.map((n) => presentNote(n, staff)),
      consents: consents.map((c) => ({
        id: c.id,
        recipient: c.recipient,
        purpose: c.purpose,
        scope: c.scope,
        validFrom: c.validFrom,
        validTo: c.validTo,
        withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
        inForce: inForce.has(c.id),
      })),
      timeline: timeline.map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        type: e.type,
        actorUsername: e.actorUsername,
        actorRole: e.actorRole,
        reason: e.reason,
        data: e.data,
      })),
      readers: readers.map((r) => ({
        actorUsername: r.actorUsername,
        actorRole: r.actorRole,
        reads: r.reads,
        lastReadAt: (r.lastReadAt ?? new Date(0)).toISOString(),
      })),
    };
  });
}
