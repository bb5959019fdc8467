import type { Language } from '../../../contracts/common';
import { en } from './en';
import { nb, type Catalogue } from './nb';
import { nn } from './nn';

/** In the order shown in the language switch. */
export const LANGUAGE_OPTIONS: readonly Language[] = ['nb', 'nn', 'en'];

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { nb, nn, en };

/**
 * Locales for Intl date and number formatting, best first. Not every browser ships
 * nynorsk formats; bokmål ones are the closest fallback.
 */
export const LOCALES: Readonly<Record<Language, readonly string[]>> = {
  nb: ['nb-NO', 'no'],
  nn: ['nn-NO', 'nb-NO', 'no'],
  en: ['en-GB'],
};

const STORAGE_KEY = 'husly.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_OPTIONS as readonly string[]).includes(value);
}

export function readStoredLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // Storage can be disabled; the default language then applies.
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Ignore: the choice then lasts only for this page view.
  }
}
