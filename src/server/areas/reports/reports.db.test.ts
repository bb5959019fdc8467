import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../../test/pdf-text.js';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { ReportComparisonDto, ReportDetail, ReportList, ReportModelDto } from '../../../contracts/reports.js';
import { actionPlan, actionPlanGoal, actionPlanTarget, councilReport } from '../../../db/schema/index.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { pgErrorCode } from '../../platform/errors.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';

let handle: DbHandle;
let husly: Husly;
let municipalityId: number;
let manager: TestClient;
let politician: TestClient;
let caseworker: TestClient;
let otherManager: TestClient;
const clock = fixedClock('2026-10-05T09:00:00Z');

beforeAll(async () => {
  handle = await openTestDb();
  ({ id: municipalityId } = await createMunicipality(handle, 'Rapportkommune'));
  const other = await createMunicipality(handle, 'Annenkommune');
  husly = await createTestApp(handle, { clock });
  const login = async (mid: number, role: 'manager' | 'politician' | 'caseworker') => {
    const user = await createStaffUser(handle, mid, role);
    return loginAs(husly, user.username, user.password);
  };
  manager = await login(municipalityId, 'manager');
  politician = await login(municipalityId, 'politician');
  caseworker = await login(municipalityId, 'caseworker');
  otherManager = await login(other.id, 'manager');
  // An adopted plan with one goal and a target for 2026.
  await withTenant(handle.db, { municipalityId }, async (tx) => {
    const creator = (await rows<{ id: string }>(tx, sql`select id from staff_user limit 1`))[0]!.id;
    const [plan] = await tx
      .insert(actionPlan)
      .values({ municipalityId, title: 'Boligsosial handlingsplan 2025–2028', fromYear: 2025, toYear: 2028, status: 'adopted', adoptedOn: '2025-03-01', adoptedRef: 'PS 12/25', createdBy: creator })
      .returning({ id: actionPlan.id });
    const [goal] = await tx.insert(actionPlanGoal).values({ municipalityId, planId: plan!.id, position: 1, title: 'Ingen barnefamilier i midlertidig botilbud over 3 måneder' }).returning({ id: actionPlanGoal.id });
    await tx.insert(actionPlanTarget).values({ municipalityId, planId: plan!.id, goalId: goal!.id, indicatorId: 'temporary.children_over_3_months_households', year: 2026, direction: 'at_most', target: 0, tolerance: 1 });
  });
});
afterAll(() => husly.close());

const create = (body: Record<string, unknown>, client = manager, language = 'nb') => client.request({ method: 'POST', url: '/api/reports', payload: body, headers: { 'accept-language': language } });
const get = (client: TestClient, url: string) => client.request({ method: 'GET', url });
const patch = (id: string, payload: Record<string, unknown>, client = manager) => client.request({ method: 'PATCH', url: `/api/reports/${id}`, payload });
const publish = (id: string, client = manager) => client.request({ method: 'POST', url: `/api/reports/${id}/publish` });
const countEvents = async (type: string, id: string) =>
  (await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_event where type = ${type} and subject_id = ${id}`))[0]!.n;

async function draft(body: Record<string, unknown> = { year: 2026, quarter: 3 }): Promise<ReportDetail> {
  const res = await create(body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ReportDetail;
}

describe('drafts', () => {
  it('creates a draft for a quarter, linked to the adopted plan, with the fixed sections; audited', async () => {
    const d = await draft();
    expect(d).toMatchObject({ status: 'draft', periodFrom: '2026-07-01', periodTo: '2026-09-30', periodLabel: '2026 K3', title: 'Rapport til kommunestyret 2026 K3', snapshot: null, canManage: true });
    expect(d.planId).not.toBeNull();
    expect(d.narrative.map((s) => s.key)).toEqual(['summary', 'temporary', 'waiting', 'followup', 'onward']);
    expect(d.narrative[0]).toEqual({ key: 'summary', heading: 'Sammendrag', text: '' });
    expect(await countEvents('council_report.created', d.id)).toBe(1);
  });

  it('refuses a missing, reversed or future period with field errors in the user’s language', async () => {
    const none = await create({}, manager, 'en');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fieldErrors).toEqual([
      { path: 'year', code: 'required', message: 'Choose a quarter (year and quarter) or a period (from and to).' },
      { path: 'quarter', code: 'required', message: 'Choose a quarter (year and quarter) or a period (from and to).' },
    ]);
    const reversed = await create({ from: '2026-06-30', to: '2026-01-01' }, manager, 'nn');
    expect(reversed.json().error.fieldErrors).toEqual([{ path: 'to', code: 'to_before_from', message: 'Til-datoen kan ikkje vere før frå-datoen.' }]);
    const future = await create({ year: 2027, quarter: 1 });
    expect(future.json().error.fieldErrors).toEqual([{ path: 'quarter', code: 'in_future', message: 'Perioden kan ikke begynne fram i tid.' }]);
    const any = await create({ from: '2026-01-01', to: '2026-06-30' });
    expect(any.statusCode).toBe(201);
    expect((any.json() as ReportDetail).periodLabel).toBe('1.1.2026–30.6.2026');
  });

  it('edits the narrative with limits as field errors, and deletes a draft', async () => {
    const d = await draft();
    const bad = await patch(d.id, { narrative: [{ key: 'summary', heading: '', text: 'x'.repeat(20_001) }, { key: 'nope', heading: 'X', text: '' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ['narrative.0.heading', 'required'],
      ['narrative.0.text', 'too_long'],
      ['narrative.1.key', 'unknown_section'],
    ]);
    const ok = await patch(d.id, { title: 'Kvartalsrapport', narrative: [{ key: 'onward', heading: 'Risiko', text: 'Færre boliger.\r\n\r\nMer press.' }] });
    expect(ok.statusCode, ok.body).toBe(200);
    const edited = ok.json() as ReportDetail;
    expect(edited.title).toBe('Kvartalsrapport');
    expect(edited.narrative[4]).toEqual({ key: 'onward', heading: 'Risiko', text: 'Færre boliger.\n\nMer press.' });
    expect(edited.narrative[0]!.heading).toBe('Sammendrag');
    const del = await manager.request({ method: 'DELETE', url: `/api/reports/${d.id}` });
    expect(del.statusCode).toBe(204);
    expect((await get(manager, `/api/reports/${d.id}`)).statusCode).toBe(404);
    expect(await countEvents('council_report.deleted', d.id)).toBe(1);
  });

  it('previews the draft live with the plan’s goal and the other figures, no data version stored', async () => {
    const d = await draft();
    const res = await get(manager, `/api/reports/${d.id}/preview`);
    expect(res.statusCode, res.body).toBe(200);
    const model = res.json() as ReportModelDto;
    expect(model).toMatchObject({ asOf: '2026-10-05', publishedOn: null, periodLabel: '2026 K3', municipality: { name: expect.stringContaining('Rapportkommune') } });
    expect(model.goals[0]).toMatchObject({ title: 'Ingen barnefamilier i midlertidig botilbud over 3 måneder', indicators: [{ id: 'temporary.children_over_3_months_households', status: 'on_track', value: { value: 0, suppressed: false } }] });
    expect(model.goals[0]!.indicators[0]!.series.map((p) => p.label)).toContain('2026 K3');
    expect(model.goals.at(-1)!.goalId).toBeNull();
    expect(model.goals.at(-1)!.indicators.map((i) => i.id)).toContain('evictions.carried_out');
    const stored = await withTenant(handle.db, { municipalityId }, (tx) => tx.select({ v: councilReport.dataVersion, s: councilReport.snapshot }).from(councilReport).where(eq(councilReport.id, d.id)));
    expect(stored[0]).toEqual({ v: null, s: null });
  });
});

describe('roles', () => {
  it('lets the politician read published reports only: drafts are 404 and absent from the list; writes 403', async () => {
    const d = await draft();
    expect((await get(politician, `/api/reports/${d.id}`)).statusCode).toBe(404);
    expect((await get(politician, `/api/reports/${d.id}/preview`)).statusCode).toBe(404);
    const list = (await get(politician, '/api/reports')).json() as ReportList;
    expect(list.drafts).toEqual([]);
    expect(list.canManage).toBe(false);
    expect((await create({ year: 2026, quarter: 3 }, politician)).statusCode).toBe(403);
    expect((await patch(d.id, { title: 'x' }, politician)).statusCode).toBe(403);
    expect((await publish(d.id, politician)).statusCode).toBe(403);
  });

  it('gives other roles 403 and another municipality 404', async () => {
    const d = await draft();
    expect((await get(caseworker, '/api/reports')).statusCode).toBe(403);
    expect((await get(caseworker, `/api/reports/${d.id}`)).statusCode).toBe(403);
    expect((await get(otherManager, `/api/reports/${d.id}`)).statusCode).toBe(404);
    expect(((await get(otherManager, '/api/reports')).json() as ReportList).drafts.map((r) => r.id)).not.toContain(d.id);
  });
});

describe('publishing', () => {
  let first: ReportDetail;
  let second: ReportDetail;

  it('stores the snapshot, the data version and the tagged PDF in one go; audited', async () => {
    const d = await draft({ year: 2026, quarter: 2 });
    await patch(d.id, { narrative: [{ key: 'summary', heading: 'Sammendrag', text: 'Andre kvartal var stabilt.' }] });
    const res = await publish(d.id);
    expect(res.statusCode, res.body).toBe(200);
    first = res.json() as ReportDetail;
    expect(first).toMatchObject({ status: 'published', previousReportId: null, publishedAt: '2026-10-05T09:00:00.000Z' });
    expect(first.dataVersion).toMatch(/\S/);
    expect(first.snapshot).toMatchObject({ publishedOn: '2026-10-05', dataVersion: first.dataVersion, narrative: [{ key: 'summary', text: 'Andre kvartal var stabilt.' }, {}, {}, {}, {}] });
    expect(await countEvents('council_report.published', d.id)).toBe(1);

    const pdf = await get(politician, `/api/reports/${d.id}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline; filename="rapport-til-kommunestyret-2026-k2\.pdf"/);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const src = pdf.rawPayload.toString('latin1');
    expect(src).toContain('/StructTreeRoot');
    expect(src).toContain('/Lang (nb-NO)');
  });

  it('is immutable: edit, delete and publish again are 409 with a message; the politician reads the snapshot', async () => {
    const edit = await patch(first.id, { title: 'Endret' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe('Rapporten er publisert og kan ikke endres eller slettes. Lag en ny rapport for å rette noe.');
    expect((await manager.request({ method: 'DELETE', url: `/api/reports/${first.id}` })).statusCode).toBe(409);
    expect((await publish(first.id)).statusCode).toBe(409);
    const read = (await get(politician, `/api/reports/${first.id}`)).json() as ReportDetail;
    expect(read.snapshot).toEqual(first.snapshot);
    expect(((await get(politician, '/api/reports')).json() as ReportList).published.map((r) => r.id)).toContain(first.id);
    // The PDF of a draft does not exist.
    const d = await draft();
    expect((await get(manager, `/api/reports/${d.id}/report.pdf`)).statusCode).toBe(404);
  });

  it('is refused by the trigger even for a direct UPDATE or DELETE as husly_app', async () => {
    const update = withTenant(handle.db, { municipalityId }, (tx) => tx.update(councilReport).set({ title: 'Forfalsket' }).where(eq(councilReport.id, first.id)));
    await expect(update).rejects.toSatisfy((e: unknown) => pgErrorCode(e) === '42501');
    const remove = withTenant(handle.db, { municipalityId }, (tx) => tx.delete(councilReport).where(eq(councilReport.id, first.id)));
    await expect(remove).rejects.toSatisfy((e: unknown) => pgErrorCode(e) === '42501');
  });

  it('links the next report to the previous published one and compares them', async () => {
    const d = await draft({ year: 2026, quarter: 3 });
    const res = await publish(d.id);
    expect(res.statusCode, res.body).toBe(200);
    second = res.json() as ReportDetail;
    expect(second.previousReportId).toBe(first.id);
    const comparison = (await get(politician, `/api/reports/${second.id}/comparison`)).json() as { comparison: ReportComparisonDto };
    expect(comparison.comparison.previous.periodLabel).toBe('2026 K2');
    expect(comparison.comparison.rows.find((r) => r.id === 'temporary.children_over_3_months_households')).toMatchObject({ statusFrom: 'on_track', statusTo: 'on_track', statusChange: 'unchanged', change: 0 });
    expect(((await get(politician, `/api/reports/${first.id}/comparison`)).json() as { comparison: null }).comparison).toBeNull();
  });

  it('is atomic: a failure after the row is written leaves the draft as it was', async () => {
    const d = await draft({ year: 2026, quarter: 1 });
    // Make the audit insert — the last write of publishing — fail.
    await handle.db.execute(sql.raw(`create function test_fail_publish() returns trigger language plpgsql as $$ begin if new.type = 'council_report.published' then raise exception 'test failure'; end if; return new; end $$`));
    await handle.db.execute(sql.raw(`create trigger test_fail_publish before insert on audit_event for each row execute function test_fail_publish()`));
    try {
      const res = await publish(d.id);
      expect(res.statusCode).toBe(500);
    } finally {
      await handle.db.execute(sql.raw('drop trigger test_fail_publish on audit_event'));
      await handle.db.execute(sql.raw('drop function test_fail_publish()'));
    }
    const after = (await get(manager, `/api/reports/${d.id}`)).json() as ReportDetail;
    expect(after).toMatchObject({ status: 'draft', publishedAt: null, dataVersion: null, snapshot: null, previousReportId: null });
    const stored = await withTenant(handle.db, { municipalityId }, (tx) => tx.select({ pdf: councilReport.pdf }).from(councilReport).where(eq(councilReport.id, d.id)));
    expect(stored[0]!.pdf).toBeNull();
    // And it publishes once the failure is gone.
    expect((await publish(d.id)).statusCode).toBe(200);
  });

  it('the stored PDF holds the narrative as text', async () => {
    const d = await draft({ from: '2026-01-01', to: '2026-09-30' });
    await patch(d.id, { narrative: [{ key: 'temporary', heading: 'Midlertidig botilbud', text: 'Ingen barnefamilier bodde midlertidig over tre måneder.' }] });
    await publish(d.id);
    const stored = await withTenant(handle.db, { municipalityId }, (tx) => tx.select({ pdf: councilReport.pdf }).from(councilReport).where(eq(councilReport.id, d.id)));
    // Compressed in storage: the size and the header tell it is a PDF; the text is checked by rendering the snapshot uncompressed.
    expect(Buffer.from(stored[0]!.pdf!).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const { renderReportPdf } = await import('./report-pdf.js');
    const snapshot = ((await get(manager, `/api/reports/${d.id}`)).json() as ReportDetail).snapshot!;
    const text = extractText(await renderReportPdf(snapshot as never, { compress: false }));
    expect(text).toContain('Ingen barnefamilier bodde midlertidig over tre måneder.');
  });
});
