import { Button } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { Language } from '../../contracts/common';
import { useI18n } from '../app/i18n/I18nProvider';
import { LANGUAGE_OPTIONS } from '../app/i18n/languages';
import { useSession } from '../app/SessionProvider';

/**
 * Bokmål / Nynorsk / English as a group of toggle buttons. Each name is written in its own
 * language (and marked with `lang`), so it reads the same whatever the page language is.
 */
export function LanguageSwitch() {
  const { language, t } = useI18n();
  const { changeLanguage } = useSession();
  const labelId = useId();
  const [saveFailed, setSaveFailed] = useState(false);

  function handleChoose(next: Language) {
    if (next === language) return;
    changeLanguage(next).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  }

  return (
    <div className="language-switch">
      <div role="group" aria-labelledby={labelId} className="language-switch__options">
        <span id={labelId} className="language-switch__label">
          {t.language.label}
        </span>
        {LANGUAGE_OPTIONS.map((option) => (
          <Button
            key={option}
            type="button"
            data-size="sm"
            variant={option === language ? 'primary' : 'tertiary'}
            aria-pressed={option === language}
            lang={option}
            onClick={() => handleChoose(option)}
          >
            {t.languages[option]}
          </Button>
        ))}
      </div>
      <div role="status" className="language-switch__status">
        {saveFailed ? t.language.saveFailed : ''}
      </div>
    </div>
  );
}
