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

/** A calendar date (YYYY-MM-DD) as written in the locale; the date is not moved by time zones. */
export function formatDate(locale: Locales, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat([...locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Whole kroner, e.g. «kr 350 000». */
export function formatKroner(locale: Locales, value: number): string {
  return new Intl.NumberFormat([...locale], { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(value);
}

/** A multiple of the grunnbeløp with two decimals, e.g. «2,67». */
export function formatG(locale: Locales, value: number): string {
  return new Intl.NumberFormat([...locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** File sizes in kB or MB. */
export function formatBytes(locale: Locales, bytes: number): string {
  const format = (n: number) => new Intl.NumberFormat([...locale], { maximumFractionDigits: 1 }).format(n);
  return bytes < 1024 * 1024 ? `${format(bytes / 1024)} kB` : `${format(bytes / (1024 * 1024))} MB`;
}
