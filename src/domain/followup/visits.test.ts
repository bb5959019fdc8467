import { describe, expect, it } from 'vitest';
import { compareByUrgency, visitStatus, type ContactFacts } from './visits.js';

const plan = { startedOn: '2026-09-01', endedOn: null, visitEveryDays: 14 };
let n = 0;
const contact = (kind: string, status: ContactFacts['status'], plannedOn: string, heldOn: string | null = null, plannedTime: string | null = null): ContactFacts => ({
  id: `c${++n}`,
  kind,
  status,
  plannedOn,
  plannedTime,
  heldOn,
});

describe('visitStatus', () => {
  it('counts the agreed days from the plan’s start while no visit has been held', () => {
    expect(visitStatus(plan, [], '2026-09-15')).toMatchObject({ lastHeldOn: null, dueOn: '2026-09-15', overdue: false, daysOverdue: 0 });
    expect(visitStatus(plan, [], '2026-09-16')).toMatchObject({ dueOn: '2026-09-15', overdue: true, daysOverdue: 1 });
  });

  it('counts from the last visit held in the home, not from phone calls, meetings or missed visits', () => {
    const contacts = [
      contact('home_visit', 'held', '2026-10-01', '2026-10-02'),
      contact('move_in_visit', 'held', '2026-09-20', '2026-09-20'),
      contact('phone', 'held', '2026-10-10', '2026-10-10'),
      contact('meeting', 'held', '2026-10-12', '2026-10-12'),
      contact('home_visit', 'missed', '2026-10-16'),
    ];
    const status = visitStatus(plan, contacts, '2026-10-20');
    expect(status).toMatchObject({ lastHeldOn: '2026-10-02', dueOn: '2026-10-16', overdue: true, daysOverdue: 4, missedInARow: 1 });
  });

  it('gives the earliest visit planned for today or later, and counts past planned visits not yet recorded', () => {
    const contacts = [
      contact('home_visit', 'planned', '2026-10-25', null, '13:00'),
      contact('home_visit', 'planned', '2026-10-20', null, '10:00'),
      contact('move_in_visit', 'planned', '2026-10-20', null, '09:00'),
      contact('home_visit', 'planned', '2026-10-18'),
      contact('phone', 'planned', '2026-10-19'),
      contact('home_visit', 'cancelled', '2026-10-21'),
    ];
    const status = visitStatus(plan, contacts, '2026-10-20');
    expect(status.nextPlanned).toEqual({ contactId: contacts[2]!.id, plannedOn: '2026-10-20', plannedTime: '09:00' });
    expect(status.unrecorded).toBe(1);
  });

  it('counts missed visits since the last one held, however many came before', () => {
    const contacts = [
      contact('home_visit', 'missed', '2026-09-10'),
      contact('home_visit', 'held', '2026-09-24', '2026-09-24'),
      contact('home_visit', 'missed', '2026-10-08'),
      contact('home_visit', 'missed', '2026-10-22'),
      contact('home_visit', 'cancelled', '2026-10-29'),
    ];
    expect(visitStatus(plan, contacts, '2026-11-01').missedInARow).toBe(2);
    expect(visitStatus(plan, contacts.slice(0, 1), '2026-11-01').missedInARow).toBe(1);
    // A visit held on the same day as a missed one: the household was reached.
    expect(visitStatus(plan, [...contacts, contact('home_visit', 'held', '2026-10-22', '2026-10-22')], '2026-11-01').missedInARow).toBe(0);
  });

  it('has no due date without an agreed frequency, and none after the plan has ended', () => {
    expect(visitStatus({ ...plan, visitEveryDays: null }, [], '2027-01-01')).toMatchObject({ dueOn: null, overdue: false, daysOverdue: 0 });
    expect(visitStatus({ ...plan, endedOn: '2026-10-01' }, [], '2026-12-01')).toMatchObject({ dueOn: null, overdue: false });
    expect(visitStatus({ ...plan, endedOn: '2026-12-31' }, [], '2026-12-01')).toMatchObject({ dueOn: '2026-09-15', overdue: true, daysOverdue: 77 });
  });
});

describe('compareByUrgency', () => {
  it('puts the longest overdue first, then the earliest due, then those without a frequency', () => {
    const items = [
      { name: 'none', dueOn: null, daysOverdue: 0 },
      { name: 'later', dueOn: '2026-12-10', daysOverdue: 0 },
      { name: 'overdue 3', dueOn: '2026-11-28', daysOverdue: 3 },
      { name: 'soon', dueOn: '2026-12-02', daysOverdue: 0 },
      { name: 'overdue 30', dueOn: '2026-11-01', daysOverdue: 30 },
    ];
    expect([...items].sort(compareByUrgency).map((i) => i.name)).toEqual(['overdue 30', 'overdue 3', 'soon', 'later', 'none']);
  });
});
