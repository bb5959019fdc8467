import { sql } from 'drizzle-orm';
import { calculatorParameter } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/** The municipality's own calculator parameter values (calculator_parameter). Never opens a transaction. */

export interface OverrideRow {
  key: string;
  validFrom: string;
  value: unknown;
  source: string;
  enteredBy: string;
  enteredAt: string;
}

export function listOverrides(tx: Tx, municipalityId: number): Promise<OverrideRow[]> {
  return rows<OverrideRow>(
    tx,
    sql`select c.key, c.valid_from::text as "validFrom", c.value, c.source, coalesce(s.display_name, '') as "enteredBy",
               to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "enteredAt"
        from calculator_parameter c left join staff_user s on s.municipality_id = c.municipality_id and s.id = c.updated_by
        where c.municipality_id = ${municipalityId}
        order by c.key, c.valid_from desc`,
  );
}

export async function insertOverride(tx: Tx, values: typeof calculatorParameter.$inferInsert): Promise<void> {
  await tx.insert(calculatorParameter).values(values);
}
