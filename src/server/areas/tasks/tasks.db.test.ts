import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, openTestDb } from '../../../../test/db.js';
import { withTenant, type DbHandle } from '../../platform/db.js';
import { closeTask, findOpenTask, raiseTask } from './tasks.repo.js';

let handle: DbHandle;
let municipalityId: number;
beforeAll(async () => {
  handle = await openTestDb();
  municipalityId = (await createMunicipality(handle)).id;
});
afterAll(() => handle.close());

const input = (key: string) => ({
  municipalityId,
  kind: 'arrears',
  signalKey: key,
  subjectType: 'lease',
  subjectId: 'l1',
  assignedRole: 'caseworker',
  reason: 'Restanse på én månedsleie',
  createdOn: '2026-11-21',
});

describe('raiseTask', () => {
  it('opens one task per signal, however often the signal is seen, and a new one after the first is closed', async () => {
    await withTenant(handle.db, { municipalityId }, async (tx) => {
      const first = await raiseTask(tx, input('arrears:l1'));
      expect(first).toBeTruthy();
      expect(await raiseTask(tx, input('arrears:l1'))).toBeUndefined();
      expect(await raiseTask(tx, input('arrears:l2'))).toBeTruthy();
      expect((await findOpenTask(tx, municipalityId, 'arrears:l1'))?.id).toBe(first);
      expect(await closeTask(tx, municipalityId, first!, '2026-11-22', 'Betalt')).toBe(true);
      expect(await closeTask(tx, municipalityId, first!, '2026-11-22', 'Betalt')).toBe(false);
      expect(await findOpenTask(tx, municipalityId, 'arrears:l1')).toBeUndefined();
      expect(await raiseTask(tx, input('arrears:l1'))).toBeTruthy();
    });
  });
});
