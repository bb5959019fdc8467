import type { Language } from '../../contracts/common.js';

/**
 * Server-side messages (errors and field errors) in bokmål, nynorsk and English.
 * The web has its own catalogues for the interface; these are what the API returns.
 */
const nb = {
  'error.validation_failed': 'Noen felt er ikke fylt ut riktig.',
  'error.unauthenticated': 'Du må logge inn.',
  'error.invalid_credentials': 'Feil brukernavn eller passord.',
  'error.forbidden': 'Du har ikke tilgang til dette.',
  'error.csrf_failed': 'Forespørselen kom ikke fra Husly. Last siden på nytt og prøv igjen.',
  'error.not_found': 'Fant ikke det du ba om.',
  'error.conflict': 'Endringen er i konflikt med data som finnes fra før.',
  'error.rate_limited': 'For mange forsøk. Vent litt og prøv igjen.',
  'error.payload_too_large': 'Forespørselen er for stor.',
  'error.internal_error': 'Noe gikk galt hos oss. Oppgi referansen hvis du kontakter brukerstøtte.',
  'error.ambiguous_username': 'Brukernavnet finnes i flere kommuner. Oppgi kommunenummer.',
  'field.required': 'Feltet må fylles ut.',
  'field.too_short': 'Verdien er for kort.',
  'field.too_long': 'Verdien er for lang.',
  'field.too_small': 'Verdien er for liten.',
  'field.too_big': 'Verdien er for stor.',
  'field.invalid_format': 'Verdien har feil format.',
  'field.invalid_value': 'Verdien er ikke gyldig.',
  'field.invalid_type': 'Verdien har feil type.',
  'field.unknown_field': 'Feltet er ukjent.',
  'field.taken': 'Dette er allerede i bruk.',
  'field.own_account': 'Du kan ikke deaktivere eller endre rollen til din egen konto.',
} as const;

export type MessageKey = keyof typeof nb;
type Catalogue = Record<MessageKey, string>;

const nn: Catalogue = {
  'error.validation_failed': 'Nokre felt er ikkje fylte ut rett.',
  'error.unauthenticated': 'Du må logge inn.',
  'error.invalid_credentials': 'Feil brukarnamn eller passord.',
  'error.forbidden': 'Du har ikkje tilgang til dette.',
  'error.csrf_failed': 'Førespurnaden kom ikkje frå Husly. Last sida på nytt og prøv igjen.',
  'error.not_found': 'Fann ikkje det du bad om.',
  'error.conflict': 'Endringa er i konflikt med data som finst frå før.',
  'error.rate_limited': 'For mange forsøk. Vent litt og prøv igjen.',
  'error.payload_too_large': 'Førespurnaden er for stor.',
  'error.internal_error': 'Noko gjekk gale hos oss. Oppgje referansen om du kontaktar brukarstøtte.',
  'error.ambiguous_username': 'Brukarnamnet finst i fleire kommunar. Oppgje kommunenummer.',
  'field.required': 'Feltet må fyllast ut.',
  'field.too_short': 'Verdien er for kort.',
  'field.too_long': 'Verdien er for lang.',
  'field.too_small': 'Verdien er for liten.',
  'field.too_big': 'Verdien er for stor.',
  'field.invalid_format': 'Verdien har feil format.',
  'field.invalid_value': 'Verdien er ikkje gyldig.',
  'field.invalid_type': 'Verdien har feil type.',
  'field.unknown_field': 'Feltet er ukjent.',
  'field.taken': 'Dette er allereie i bruk.',
  'field.own_account': 'Du kan ikkje deaktivere eller endre rolla til din eigen konto.',
};

const en: Catalogue = {
  'error.validation_failed': 'Some fields are not filled in correctly.',
  'error.unauthenticated': 'You need to log in.',
  'error.invalid_credentials': 'Wrong username or password.',
  'error.forbidden': 'You do not have access to this.',
  'error.csrf_failed': 'The request did not come from Husly. Reload the page and try again.',
  'error.not_found': 'We could not find what you asked for.',
  'error.conflict': 'The change conflicts with existing data.',
  'error.rate_limited': 'Too many attempts. Wait a little and try again.',
  'error.payload_too_large': 'The request is too large.',
  'error.internal_error': 'Something went wrong on our side. Quote the reference if you contact support.',
  'error.ambiguous_username': 'The username exists in more than one municipality. Give the municipality number.',
  'field.required': 'This field is required.',
  'field.too_short': 'The value is too short.',
  'field.too_long': 'The value is too long.',
  'field.too_small': 'The value is too small.',
  'field.too_big': 'The value is too large.',
  'field.invalid_format': 'The value has the wrong format.',
  'field.invalid_value': 'The value is not valid.',
  'field.invalid_type': 'The value has the wrong type.',
  'field.unknown_field': 'Unknown field.',
  'field.taken': 'This is already in use.',
  'field.own_account': 'You cannot deactivate your own account or change its role.',
};

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { nb, nn, en };

export function message(language: Language, key: MessageKey): string {
  return CATALOGUES[language][key];
}

export function isMessageKey(key: string): key is MessageKey {
  return key in nb;
}

/**
 * Picks the response language: the first supported tag in Accept-Language
 * (the web app always sends its current language), else the user's own, else bokmål.
 * `no` and `nb-NO` mean bokmål; `nn-NO` nynorsk; any `en-*` English.
 */
export function pickLanguage(acceptLanguage: string | undefined, fallback: Language = 'nb'): Language {
  if (!acceptLanguage) return fallback;
  const tags = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((t) => t.tag && !Number.isNaN(t.q) && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const primary = tag.split('-')[0];
    if (primary === 'nn') return 'nn';
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'en') return 'en';
  }
  return fallback;
}
