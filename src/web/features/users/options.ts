import { ROLES } from '../../../domain/access/roles';
import type { Catalogue } from '../../app/i18n/nb';
import { LANGUAGE_OPTIONS } from '../../app/i18n/languages';

export function roleOptions(t: Catalogue) {
  return ROLES.map((role) => ({ value: role, label: t.roles[role] }));
}

export function languageOptions(t: Catalogue) {
  return LANGUAGE_OPTIONS.map((language) => ({ value: language, label: t.languages[language], lang: language }));
}
