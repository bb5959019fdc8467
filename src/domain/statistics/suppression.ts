/**
 * Small-count suppression for anything shown outside case work (reports, dashboards,
 * the manager's views): counts from 1 to 4 are shown as "<5" so no person can be
 * singled out. Zero is shown, as it reveals nobody. Statistics practice (SSB, Helsedirektoratet) uses the same threshold.
 */
export const SUPPRESSION_THRESHOLD = 5;

export function suppressSmallCount(count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a count: ${count}`);
  return count > 0 && count < SUPPRESSION_THRESHOLD ? `<${SUPPRESSION_THRESHOLD}` : String(count);
}
