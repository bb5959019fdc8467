import type { NeighbourCaseStatus } from '../../../domain/neighbourhood';

/** Tag colours of a neighbour case's status. */
export const STATUS_COLOR: Readonly<Record<NeighbourCaseStatus, 'warning' | 'info' | 'success' | 'neutral'>> = {
  open: 'warning',
  dialogue: 'info',
  agreement: 'success',
  closed: 'neutral',
};

/** The ISO date today in the browser's time zone (the server checks «not ahead of today» in Oslo time). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
