/**
 * npm run bench:report — the quarterly report and KOSTRA form 13 on the Oslo-scale data set
 * (seed:large: Storby kommune 9997), per engine:
 *  - PGlite in a fresh temporary data directory, seeded here (BENCH_PGLITE_DIR=<dir> reuses a data
 *    directory already seeded by `HUSLY_DATA_DIR=<dir> npm run seed:large`);
 *  - PostgreSQL when DATABASE_URL is set or postgres://postgres@127.0.0.1:5432 answers: a fresh
 *    database husly_bench_<pid>, seeded and dropped after (BENCH_PG_URL=<url> reuses a seeded one).
 * Steps, each a warm-up run and the median of 5 (BENCH_RUNS):
 *  (a) load     loadIndicatorHistory(tx, today) — the SQL: every fact the indicators read;
 *  (b) report   the council report's figures for the last whole quarter from the loaded history, as
 *               reports.service computes them: buildPlanFigures for Storby's plan (a target for every
 *               indicator: the quarter's value, status and 8 quarters of series per indicator) and
 *               the other § 10.4 figures (computeIndicators for EXTRA_INDICATOR_IDS, with districts);
 *  (c) kostra   form 13 for last year and the year before, its check, comparison and rows;
 *  (d) version  the history's data version, computed when a report is published (docs/adr/0018);
 * and end to end in one tenant transaction: the report (a + b: load, planFigures given the
 * history, the other figures) and KOSTRA (a + c). The two end-to-end steps have the 1 s target.
 * Rows read: the facts in the history, per list and in total. Ratios: time / the 1 s target, and
 * as the same run's baseline the pure computation (b)+(c) against the load (a). Asserts nothing.
 */
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { actionPlan, actionPlanTarget } from '../src/db/schema/index.js';
import { seedLarge, STORBY } from '../src/db/seeds/large.js';
import { osloDate } from '../src/domain/deadlines/calendar.js';
import { computeIndicators } from '../src/domain/indicators/engine.js';
import { historyVersion } from '../src/server/areas/indicators/history-version.js';
import { EXTRA_INDICATOR_IDS } from '../src/domain/reports/extras.js';
import type { IndicatorHistory } from '../src/domain/indicators/history.js';
import { checkForm13 } from '../src/domain/kostra/check.js';
import { compareForm13 } from '../src/domain/kostra/compare.js';
import { form13Figures } from '../src/domain/kostra/form13.js';
import { form13Rows } from '../src/domain/kostra/rows.js';
import { buildPlanFigures, type PlanTargetInput } from '../src/domain/plan/figures.js';
import { previousQuarter, quarterOf } from '../src/domain/plan/series.js';
import { loadIndicatorHistory } from '../src/server/areas/indicators/history.repo.js';
import { planFigures } from '../src/server/areas/plan/plan-figures.js';
import { migrateDb, openDb, rows, withTenant, type DbHandle, type Tx } from '../src/server/platform/db.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 1000;
const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** As {@link time}, each run on its own input made (untimed) by `input`. */
async function timeOn<I, T>(input: () => I, fn: (i: I) => T): Promise<{ ms: number; value: T }> {
  let value = fn(input());
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const given = input();
    const t0 = performance.now();
    value = fn(given);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

/** A warm-up run, then the median of RUNS. */
async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  let value = await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    value = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

const LISTS = ['applications', 'appeals', 'waiting', 'housed', 'leases', 'dwellings', 'evictions', 'temporaryStays', 'housingFirst', 'rentToOwn'] as const;
const factCounts = (h: IndicatorHistory) => {
  const per = Object.fromEntries(LISTS.map((l) => [l, h[l].length])) as Record<(typeof LISTS)[number], number>;
  const periods = h.dwellings.reduce((n, d) => n + d.statusPeriods.length, 0);
  return { per, periods, total: Object.values(per).reduce((a, b) => a + b, 0) + periods + h.districts.length };
};

interface Row {
  engine: string;
  step: string;
  ms: number;
  rows: string;
  target: boolean;
}

async function benchEngine(engine: string, handle: DbHandle, municipalityId: number, out: Row[]): Promise<void> {
  const asOf = osloDate(new Date());
  const quarter = previousQuarter(quarterOf(asOf));
  const year = Number(asOf.slice(0, 4)) - 1;
  const inTenant = <T>(fn: (tx: Tx) => Promise<T>) => withTenant(handle.db, { municipalityId }, fn);

  const [plan] = await inTenant((tx) => rows<{ id: string }>(tx, sql`select id from ${actionPlan} where status = 'adopted' limit 1`));
  const targets: PlanTargetInput[] = plan
    ? (await inTenant((tx) => tx.select().from(actionPlanTarget).where(sql`${actionPlanTarget.planId} = ${plan.id}`))).map((t) => ({
        indicatorId: t.indicatorId, year: t.year, goalId: t.goalId, goalTitle: null, direction: t.direction, target: Number(t.target), tolerance: Number(t.tolerance),
      }))
    : [];

  const load = await time(() => inTenant((tx) => loadIndicatorHistory(tx, asOf)));
  const history = load.value;
  const facts = factCounts(history);
  // Each pure run gets its own copy of the history: the indicators keep what they derive per
  // history object (measure.ts memo), and a request reads a fresh history every time.
  const fresh = () => structuredClone(history);
  const report = await timeOn(fresh, (h) => buildPlanFigures(h, targets, quarter.period).rows.length + computeIndicators(h, quarter.period, EXTRA_INDICATOR_IDS).length);
  const kostra = await timeOn(fresh, (h) => {
    const current = form13Figures(h, year);
    const previous = form13Figures(h, year - 1);
    return checkForm13(current).length + compareForm13(previous, current).length + form13Rows(current).length;
  });
  const version = await timeOn(fresh, (h) => historyVersion(h));
  const reportEndToEnd = plan
    ? await time(() =>
        inTenant(async (tx) => {
          const h = await loadIndicatorHistory(tx, asOf);
          const figures = await planFigures(tx, { planId: plan.id, period: quarter.period, asOf, history: h });
          return figures.rows.length + computeIndicators(h, quarter.period, EXTRA_INDICATOR_IDS).length;
        }),
      )
    : undefined;
  const kostraEndToEnd = await time(() =>
    inTenant(async (tx) => {
      const h = await loadIndicatorHistory(tx, asOf);
      return checkForm13(form13Figures(h, year)).length + compareForm13(form13Figures(h, year - 1), form13Figures(h, year)).length;
    }),
  );

  const q = `${quarter.year} Q${quarter.quarter}`;
  out.push({ engine, step: '(a) load history', ms: load.ms, rows: `${facts.total} facts`, target: false });
  out.push({ engine, step: `(b) report ${q} (pure)`, ms: report.ms, rows: `${targets.filter((t) => t.year === quarter.year).length} targets + ${EXTRA_INDICATOR_IDS.length} other`, target: false });
  out.push({ engine, step: `(c) KOSTRA ${year} (pure)`, ms: kostra.ms, rows: '', target: false });
  out.push({ engine, step: '(d) data version (publish)', ms: version.ms, rows: '', target: false });
  if (reportEndToEnd) out.push({ engine, step: `report ${q} (a + b, one tx)`, ms: reportEndToEnd.ms, rows: `${reportEndToEnd.value} figure rows`, target: true });
  out.push({ engine, step: 'KOSTRA end to end (a + c)', ms: kostraEndToEnd.ms, rows: '', target: true });
  out.push({ engine, step: 'baseline (b + c) / (a)', ms: NaN, rows: `${((report.ms + kostra.ms) / load.ms).toFixed(2)}`, target: false });
  console.log(`  ${engine}: rows read per list: ${LISTS.map((l) => `${l} ${facts.per[l]}`).join(', ')}, status periods ${facts.periods}, districts ${history.districts.length}; total ${facts.total}`);
}

async function pgliteEngine(out: Row[]): Promise<void> {
  const reuse = process.env.BENCH_PGLITE_DIR;
  const dir = reuse ?? mkdtempSync(path.join(tmpdir(), 'husly-bench-report-'));
  const handle = await openDb({ dataDir: dir });
  try {
    await migrateDb(handle);
    const municipalityId = await ensureSeeded(handle, 'pglite', !reuse);
    await benchEngine('pglite', handle, municipalityId, out);
  } finally {
    await handle.close();
    if (!reuse) rmSync(dir, { recursive: true, force: true });
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function postgresEngine(out: Row[]): Promise<void> {
  const reuse = process.env.BENCH_PG_URL;
  const base = process.env.DATABASE_URL || LOCAL_PG;
  if (!reuse && !(await reachable(base))) {
    console.log(`  postgres: not reachable at ${base.replace(/\/\/[^@]*@/, '//…@')} — skipped`);
    return;
  }
  const name = `husly_bench_${process.pid}`;
  const admin = reuse ? undefined : new pg.Client({ connectionString: base });
  if (admin) {
    await admin.connect();
    await admin.query(`create database ${name}`);
  }
  try {
    const handle = await openDb({ databaseUrl: reuse ?? withDatabase(base, name) });
    try {
      await migrateDb(handle);
      const municipalityId = await ensureSeeded(handle, 'postgres', !reuse);
      await benchEngine('postgres', handle, municipalityId, out);
    } finally {
      await handle.close();
    }
  } finally {
    if (admin) {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  }
}

/** Seeds Storby unless it is there (a reused data set), printing the seed's total time. */
async function ensureSeeded(handle: DbHandle, engine: string, fresh: boolean): Promise<number> {
  const t0 = performance.now();
  const id = await seedLarge(handle, { today: new Date() });
  console.log(`  ${engine}: ${fresh ? 'seeded' : 'reused'} ${STORBY.name} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return id;
}

async function main(): Promise<void> {
  console.log(`\nbench:report — ${STORBY.name} (seed:large), warm-up + median of ${RUNS}; target < ${TARGET_MS} ms on PostgreSQL`);
  const out: Row[] = [];
  if (process.env.BENCH_SKIP_PGLITE !== '1') await pgliteEngine(out);
  await postgresEngine(out);
  console.log(`\n${'engine'.padEnd(9)} ${'step'.padEnd(30)} ${'median'.padStart(10)} ${'/ 1 s'.padStart(7)}  rows read / note`);
  for (const r of out) {
    const ms = Number.isNaN(r.ms) ? ''.padStart(10) : `${r.ms.toFixed(r.ms < 10 ? 1 : 0)} ms`.padStart(10);
    const ratio = Number.isNaN(r.ms) ? ''.padStart(7) : (r.ms / TARGET_MS).toFixed(2).padStart(7);
    console.log(`${r.engine.padEnd(9)} ${r.step.padEnd(30)} ${ms} ${ratio}  ${r.rows}${r.target ? (r.ms < TARGET_MS ? '  (< 1 s: met)' : '  (< 1 s: NOT met)') : ''}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
