import { describe, expect, it } from 'vitest';
import { fixedHistory } from '../../../domain/indicators/fixtures.js';
import type { IndicatorHistory } from '../../../domain/indicators/history.js';
import { historyVersion } from './history-version.js';

/** The same facts with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe('historyVersion (the data version of a council report)', () => {
  const h = fixedHistory();
  const version = historyVersion(h);

  it('is the asOf and a SHA-256, the same for equal histories whatever the order of keys', () => {
    expect(version).toMatch(/^2026-02-15:[0-9a-f]{64}$/);
    expect(historyVersion(structuredClone(h))).toBe(version);
    expect(historyVersion(reversedKeys(h))).toBe(version);
  });

  it('changes when any fact changes: a date, a flag, a number, a status period, the order or the asOf', () => {
    const changed: IndicatorHistory[] = [
      { ...h, applications: h.applications.map((a, i) => (i === 0 ? { ...a, receivedOn: '2025-01-02' } : a)) },
      { ...h, temporaryStays: h.temporaryStays.map((s, i) => (i === 0 ? { ...s, childrenPresent: !s.childrenPresent } : s)) },
      { ...h, inhabitants: h.inhabitants + 1 },
      { ...h, dwellings: h.dwellings.map((d, i) => (i === 0 ? { ...d, statusPeriods: d.statusPeriods.map((p, j) => (j === 0 ? { ...p, status: p.status === 'let' ? 'vacant' : 'let' } : p)) } : d)) },
      { ...h, leases: [...h.leases].reverse() },
      { ...h, districts: h.districts.map((d, i) => (i === 0 ? { ...d, code: `${d.code}x` } : d)) },
      { ...h, asOf: '2026-02-16' },
    ];
    for (const other of changed) expect(historyVersion(other)).not.toBe(version);
  });

  it('tells a null from the text "null" and a value moved between fields', () => {
    const a = { ...h, applications: h.applications.map((x, i) => (i === 0 ? { ...x, districtCode: null } : x)) };
    const b = { ...h, applications: h.applications.map((x, i) => (i === 0 ? { ...x, districtCode: 'null' } : x)) };
    expect(historyVersion(a)).not.toBe(historyVersion(b));
  });
});
