import type { Stay } from '../../../contracts/temporary';
import { QUALITY_ITEMS, type QualityItem } from '../../../domain/temporary/quality';
import type { Catalogue } from '../../app/i18n/nb';

/** The ISO date today in the browser's time zone (the server checks «not ahead of today» in Oslo time). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** KOSTRA's flags in the order that matters most, with the tag colour each is shown in. */
export const STAY_FLAGS = [
  ['childrenOver3Months', 'danger'],
  ['over3Months', 'warning'],
  ['shortStay', 'neutral'],
  ['nightShelter', 'info'],
] as const satisfies ReadonlyArray<readonly [keyof Stay['flags'], string]>;

/** «matlaging, klesvask»: checklist items as words inside a sentence, in checklist order. */
export function itemList(items: readonly QualityItem[], t: Catalogue): string {
  return QUALITY_ITEMS.filter((item) => items.includes(item))
    .map((item) => t.tempProviders.checklistInText[item])
    .join(', ');
}

/** Children under 18 among the household's current members (ages as the server computes them). */
export function childrenIn(members: ReadonlyArray<{ age: number | null; current: boolean }>): number {
  return members.filter((m) => m.current && m.age !== null && m.age < 18).length;
}
