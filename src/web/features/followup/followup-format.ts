import type { FollowupHousehold, PlanSummary } from '../../../contracts/followup';
import type { Catalogue } from '../../app/i18n/nb';

/** The ISO date today in the browser's time zone (the server checks «not ahead of today» in Oslo time). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** HH:MM, 24 hours. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** «Hver 14. dag» or «Ikke avtalt». */
export function frequencyText(t: Catalogue, visitEveryDays: number | null): string {
  return visitEveryDays === null ? t.followup.noFrequency : t.followup.everyDays(visitEveryDays);
}

/** The address line as the reader may see it, or why it is not shown. */
export function addressText(t: Catalogue, household: FollowupHousehold): string {
  if (household.address) return [household.address.line, [household.address.postalCode, household.address.postalCity].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return household.addressProtected ? t.followup.addressProtected : t.followup.noAddress;
}

/** Whether the plan has ended by `today` (an ISO date). */
export const hasEnded = (plan: Pick<PlanSummary, 'endedOn'>, today: string): boolean => plan.endedOn !== null && plan.endedOn <= today;

/** Goals as typed in the textarea: one per line, blank lines dropped. */
export const goalsFromText = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
