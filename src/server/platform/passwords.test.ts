import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

const cheap = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('riktig hest batteri', cheap);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('riktig hest batteri', hash)).toBe(true);
    expect(await verifyPassword('feil', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('demo', cheap)).not.toBe(await hashPassword('demo', cheap));
  });

  it('never matches a malformed or hostile hash', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$99999999$8$1$AA$AA')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$1$2$3$4$5')).toBe(false);
  });
});
