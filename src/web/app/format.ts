/** Formatting for the current locales (useI18n().locale), best first. */

type Locales = readonly string[];

export function formatNumber(locale: Locales, value: number): string {
  return new Intl.NumberFormat([...locale]).format(value);
}

export function formatDateTime(locale: Locales, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat([...locale], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
