import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../contracts/common';
import { configureApi } from '../api';
import { CATALOGUES, LOCALES, readStoredLanguage, storeLanguage } from './languages';
import type { Catalogue } from './nb';

type I18n = {
  language: Language;
  t: Catalogue;
  /** Locales for Intl formatting, best first. */
  locale: readonly string[];
  /** Switches the UI language and remembers it in this browser. */
  setLanguage: (language: Language) => void;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = readStoredLanguage() ?? 'nb';
    configureApi({ language: initial });
    return initial;
  });

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    configureApi({ language: next });
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({ language, t: CATALOGUES[language], locale: LOCALES[language], setLanguage }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The catalogue for the current language. */
export function useT(): Catalogue {
  return useI18n().t;
}
