/**
 * npm run bench:import — imports a generated, valid 10 000-row Kobo sheet (.xlsx, in memory)
 * through the import service into a fresh PGlite database, and into a fresh PostgreSQL
 * database when DATABASE_URL is set. Baselines measured in the same run, on the same rows:
 * reading the xlsx alone (exceljs), validating alone (pure), and a plain multi-row INSERT of
 * the already-typed rows (Drizzle VALUES, 500 rows per statement; no validation, no status
 * periods, no audit) — what the straightforward implementation does. The import itself sends
 * its rows as one JSON parameter per 2 000 (import.repo.ts). Target (issue 4): the whole file in
 * under 10 s on PGlite.
 * Prints figures and ratios; asserts nothing.
 */
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { district, dwelling, staffUser } from '../src/db/schema/index.js';
import { ensureMunicipality } from '../src/db/seeds/demo.js';
import { KOBO_HEADER, SAMPLE_DISTRICTS, sampleRow } from '../src/domain/dwellings/fixtures.js';
import { validateKoboSheet } from '../src/domain/dwellings/kobo-import.js';
import { columnsOf } from '../src/server/areas/dwellings/dwellings.present.js';
import { importDwellings } from '../src/server/areas/dwellings/import.service.js';
import { readSheet } from '../src/server/areas/dwellings/sheet-read.js';
import { fixedClock } from '../src/server/platform/clock.js';
import { serviceContext, type Actor } from '../src/server/platform/context.js';
import { migrateDb, openDb, withTenant, type DbHandle } from '../src/server/platform/db.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const TODAY = '2025-03-11';
/** Rows per INSERT in the baseline: 500 × about 40 columns stays under PostgreSQL's 65 535 parameters. */
const BASELINE_BATCH = 500;

async function generateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Boliger');
  sheet.addRow([...KOBO_HEADER]);
  for (let i = 0; i < ROWS; i++) sheet.addRow(sampleRow(i, '9999'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** A migrated database with Demo kommune's kommunenummer, twelve districts and a property manager. */
async function prepare(handle: DbHandle): Promise<Actor> {
  await migrateDb(handle);
  const municipalityId = await ensureMunicipality(handle.db, { kommunenummer: '9999', name: 'Benchmark kommune', inhabitants: 75_000 });
  const userId = await withTenant(handle.db, { municipalityId }, async (tx) => {
    await tx.insert(district).values([...SAMPLE_DISTRICTS].map((code) => ({ municipalityId, code, name: code, inhabitants: 1 })));
    const [u] = await tx
      .insert(staffUser)
      .values({ municipalityId, username: 'bench', displayName: 'Bench', role: 'property_manager', passwordHash: 'x' })
      .returning({ id: staffUser.id });
    return u!.id;
  });
  return {
    userId,
    username: 'bench',
    displayName: 'Bench',
    role: 'property_manager',
    language: 'nb',
    municipalityId,
    kommunenummer: '9999',
    municipalityName: 'Benchmark kommune',
    sessionId: 'bench',
    csrfToken: 'bench',
  };
}

interface Figures {
  engine: string;
  plainInsertMs: number;
  importMs: number;
}

async function runOn(engine: string, open: () => Promise<DbHandle>, file: Buffer): Promise<Figures> {
  // Baseline: the typed rows inserted as they are, in batches, into a database of their own.
  const base = await open();
  let plainInsertMs: number;
  try {
    const actor = await prepare(base);
    const sheet = await readSheet(file);
    if (!sheet.ok) throw new Error(sheet.code);
    const typed = validateKoboSheet(sheet.header, sheet.rows, { today: TODAY, districtCodes: SAMPLE_DISTRICTS, existing: new Map() }).rows;
    plainInsertMs = (
      await time(() =>
        withTenant(base.db, { municipalityId: actor.municipalityId }, async (tx) => {
          for (let i = 0; i < typed.length; i += BASELINE_BATCH) {
            const batch = typed.slice(i, i + BASELINE_BATCH).map(({ value: { status: _s, statusDate: _d, expectedReadyOn: _e, ...fields } }) => ({
              municipalityId: actor.municipalityId,
              ...columnsOf(fields),
            }));
            await tx.insert(dwelling).values(batch as Array<typeof dwelling.$inferInsert>);
          }
        }),
      )
    ).ms;
  } finally {
    await base.close();
  }

  const handle = await open();
  try {
    const actor = await prepare(handle);
    const ctx = serviceContext(handle.db, actor, fixedClock(`${TODAY}T09:00:00Z`), 'bench');
    const run = await time(() => importDwellings(ctx, async () => ({ filename: 'bench.xlsx', content: file })));
    if (run.value.errors.length > 0 || run.value.imported !== ROWS) throw new Error(`import failed: ${JSON.stringify(run.value.errors.slice(0, 3))}`);
    return { engine, plainInsertMs, importMs: run.ms };
  } finally {
    await handle.close();
  }
}

async function postgres(databaseUrl: string): Promise<() => Promise<DbHandle>> {
  return async () => {
    const name = `husly_bench_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const handle = await openDb({ databaseUrl: url.toString() });
    return {
      ...handle,
      async close() {
        await handle.close();
        const a = new pg.Client({ connectionString: databaseUrl });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  };
}

async function main(): Promise<void> {
  const generated = await time(generateXlsx);
  const file = generated.value;
  const parsed = await time(() => readSheet(file));
  if (!parsed.value.ok) throw new Error('generated file unreadable');
  const sheet = parsed.value;
  const validated = await time(async () => validateKoboSheet(sheet.header, sheet.rows, { today: TODAY, districtCodes: SAMPLE_DISTRICTS, existing: new Map() }));

  const results = [await runOn('PGlite', () => openDb({}), file)];
  if (process.env.DATABASE_URL) results.push(await runOn('PostgreSQL', await postgres(process.env.DATABASE_URL), file));

  const rate = (ms: number) => `${Math.round(ROWS / (ms / 1000)).toLocaleString('en').padStart(9)} rows/s`;
  const line = (name: string, ms: number, ratio?: number) =>
    console.log(`${name.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(7)} s ${rate(ms)}${ratio ? `   ${ratio.toFixed(1)}x plain insert` : ''}`);
  console.log(`\nbench:import — ${ROWS.toLocaleString('en')} rows, ${(file.length / 1024 / 1024).toFixed(1)} MiB xlsx (generated in ${(generated.ms / 1000).toFixed(2)} s)`);
  line('read xlsx only (exceljs)', parsed.ms);
  line('validate only (pure)', validated.ms);
  for (const r of results) {
    line(`${r.engine}: plain multi-row INSERT (baseline)`, r.plainInsertMs);
    line(`${r.engine}: whole import via the service`, r.importMs);
    line(`${r.engine}:   of which writing (whole − read − validate)`, r.importMs - parsed.ms - validated.ms, (r.importMs - parsed.ms - validated.ms) / r.plainInsertMs);
  }
  const pglite = results[0]!;
  console.log(`target: whole file < 10 s on PGlite — ${pglite.importMs < 10_000 ? 'met' : 'NOT met'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
