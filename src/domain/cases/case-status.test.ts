import { describe, expect, it } from 'vitest';
import { allowedEvents, awaitsCaseworker, awaitsFirstAnswer, CASE_EVENTS, CASE_STATUSES, canDraftDecision, isCaseStatus, transition, type CaseEvent, type CaseStatus } from './case-status.js';
import { afterSend, checkAttestation } from './decision-status.js';
import { caseEventForAppealOutcome } from './appeals.js';

describe('case status transitions', () => {
  const allowed: Array<[CaseStatus, CaseEvent, CaseStatus]> = [
    ['received', 'send_preliminary_reply', 'preliminary_reply_sent'],
    ['preliminary_reply_sent', 'send_preliminary_reply', 'preliminary_reply_sent'],
    ['received', 'send_decision', 'decided'],
    ['preliminary_reply_sent', 'send_decision', 'decided'],
    ['remanded', 'send_decision', 'decided'],
    ['appealed', 'send_decision', 'decided'],
    ['received', 'forward_case', 'forwarded'],
    ['preliminary_reply_sent', 'forward_case', 'forwarded'],
    ['remanded', 'forward_case', 'forwarded'],
    ['decided', 'register_appeal', 'appealed'],
    ['closed', 'register_appeal', 'appealed'],
    ['appealed', 'forward_appeal', 'appeal_forwarded'],
    ['appeal_forwarded', 'appeal_decided', 'decided'],
    ['appeal_forwarded', 'appeal_remanded', 'remanded'],
    ['decided', 'close', 'closed'],
    ['forwarded', 'close', 'closed'],
  ];
  it.each(allowed)('moves a %s case by %s to %s', (from, event, to) => {
    expect(transition(from, event)).toEqual({ ok: true, from, to });
  });

  const allowedPairs = new Set(allowed.map(([from, event]) => `${from}/${event}`));
  const refused = CASE_STATUSES.flatMap((from) => CASE_EVENTS.filter((e) => !allowedPairs.has(`${from}/${e}`)).map((e) => [from, e] as const));
  it.each(refused)('refuses %s by %s', (from, event) => {
    const result = transition(from, event);
    expect(result.ok).toBe(false);
  });

  it('says which statuses an event is allowed from when it refuses', () => {
    expect(transition('decided', 'send_decision')).toEqual({
      ok: false,
      from: 'decided',
      event: 'send_decision',
      allowedFrom: ['received', 'preliminary_reply_sent', 'remanded', 'appealed'],
    });
  });

  it('lists the events allowed in a status', () => {
    expect(allowedEvents('received')).toEqual(['send_preliminary_reply', 'send_decision', 'forward_case']);
    expect(allowedEvents('closed')).toEqual(['register_appeal']);
  });

  it('allows a new draft only before a decision or after a remand', () => {
    expect(CASE_STATUSES.filter(canDraftDecision)).toEqual(['received', 'preliminary_reply_sent', 'remanded']);
  });

  it('puts on my list the cases that wait for me, and on the deadline list only those with no answer yet', () => {
    expect(CASE_STATUSES.filter(awaitsCaseworker)).toEqual(['received', 'preliminary_reply_sent', 'appealed', 'remanded']);
    expect(CASE_STATUSES.filter(awaitsFirstAnswer)).toEqual(['received']);
  });

  it('recognises stored statuses and nothing else', () => {
    expect(isCaseStatus('appealed')).toBe(true);
    expect(isCaseStatus('archived')).toBe(false);
    expect(isCaseStatus(3)).toBe(false);
  });
});

describe('decision status', () => {
  it('sends a draft at once, or waits for attestation where the municipality requires it', () => {
    expect(afterSend('draft', false)).toBe('sent');
    expect(afterSend('draft', true)).toBe('awaiting_attestation');
    expect(afterSend('sent', false)).toBeUndefined();
    expect(afterSend('awaiting_attestation', true)).toBeUndefined();
  });

  it('lets anyone but the author attest', () => {
    expect(checkAttestation('awaiting_attestation', 'a', 'b')).toEqual({ ok: true });
    expect(checkAttestation('awaiting_attestation', 'a', 'a')).toEqual({ ok: false, reason: 'own_decision' });
    expect(checkAttestation('draft', 'a', 'b')).toEqual({ ok: false, reason: 'not_awaiting' });
  });
});

describe('appeal outcomes', () => {
  it.each([
    ['upheld', 'appeal_decided'],
    ['reversed', 'appeal_decided'],
    ['dismissed', 'appeal_decided'],
    ['remanded', 'appeal_remanded'],
  ] as const)('an appeal body outcome %s causes %s', (outcome, event) => {
    expect(caseEventForAppealOutcome(outcome)).toBe(event);
  });
});
