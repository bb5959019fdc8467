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
  'error.person.merged': 'Personen er slått sammen med en annen. Gjør endringen på personen som ble beholdt.',
  'error.person.merge_refused': 'Personene kan ikke slås sammen.',
  'error.person.household_rule': 'Endringen er ikke tillatt for husstanden.',
  'error.person.consent_already_withdrawn': 'Samtykket er allerede trukket tilbake.',
  'error.person.representative_already_ended': 'Fullmakten eller vergemålet er allerede avsluttet.',
  'field.national_id.wrong_length': 'Fødselsnummer og D-nummer har 11 siffer.',
  'field.national_id.not_digits': 'Fødselsnummeret kan bare inneholde siffer.',
  'field.national_id.invalid_date': 'De seks første sifrene er ikke en gyldig fødselsdato.',
  'field.national_id.invalid_checksum': 'Fødselsnummeret er ikke gyldig. Sjekk at alle sifrene er riktige.',
  'field.national_id.h_number_not_supported': 'H-nummer kan ikke brukes. Oppgi fødselsnummer eller D-nummer.',
  'field.national_id.synthetic_number': 'Syntetiske testnummer kan ikke brukes her.',
  'field.national_id.taken': 'Det finnes allerede en person med dette nummeret. Søk på nummeret for å finne personen.',
  'field.person.birth_date_mismatch': 'Fødselsdatoen stemmer ikke med fødselsnummeret.',
  'field.person.date_in_future': 'Datoen kan ikke være fram i tid.',
  'field.person.address_not_allowed': 'Rollen din kan ikke registrere eller endre denne adressen eller adressesperren.',
  'field.person.merged': 'Personen er slått sammen med en annen.',
  'field.person.same_person': 'En person kan ikke slås sammen med seg selv.',
  'field.person.different_national_id': 'Personene har ulike fødselsnummer og er ikke samme person.',
  'field.person.end_before_start': 'Sluttdatoen kan ikke være før startdatoen.',
  'field.person.id_or_person': 'Velg en registrert person eller registrer en ny – ikke begge.',
  'field.person.not_found': 'Fant ikke personen.',
  'field.person.already_member': 'Personen er allerede medlem av husstanden.',
  'field.person.head_of_household': 'Hovedsøkeren kan ikke fjernes fra husstanden eller få en annen rolle i den.',
  'error.rule_violation': 'Handlingen er ikke tillatt i saken slik den står nå.',
  'error.case_status': 'Saken har en status som ikke tillater dette.',
  'error.letter_incomplete': 'Vedtaksbrevet mangler innhold som loven krever. Fyll ut feltene som er markert.',
  'error.no_rule_set': 'Kommunen har ingen tildelingsvilkår som gjelder på denne datoen.',
  'field.in_future': 'Datoen kan ikke være fram i tid.',
  'field.in_past': 'Datoen må være i dag eller senere.',
  'field.before_received': 'Datoen kan ikke være før saken eller vedtaket.',
  'field.before_submitted': 'Mottatt-datoen kan ikke være før klagen ble sendt.',
  'field.not_found': 'Fant ikke det som er valgt.',
  'field.not_in_household': 'Personen er ikke medlem av husstanden.',
  'field.case_type_not_allowed': 'Rollen din kan ikke behandle denne sakstypen.',
  'field.not_applicable': 'Dette gjelder ikke for saken.',
  'field.duplicate': 'Verdien er oppgitt mer enn én gang.',
  'field.invalid_transition': 'Saken har en status som ikke tillater dette.',
  'field.missing_block': 'Vedtaksbrevet mangler denne delen.',
  'field.unsupported_file_type': 'Filen må være PDF, JPEG eller PNG.',
  'field.file_type_mismatch': 'Filtypen stemmer ikke med innholdet i filen.',
  'field.empty_file': 'Filen er tom.',
  'field.own_decision': 'Du kan ikke attestere et vedtak du har skrevet selv.',
  'field.unknown_rule': 'Vilkåret finnes ikke i regelsettet.',
  'field.override_not_allowed': 'Det kan ikke gjøres unntak fra dette vilkåret.',
  'field.decision_not_sent': 'Vedtaket er ikke sendt ennå.',
  'field.sensitivity_not_allowed': 'Rollen din kan ikke registrere notater med denne skjermingen.',
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
  'error.person.merged': 'Personen er slått saman med ein annan. Gjer endringa på personen som vart halden på.',
  'error.person.merge_refused': 'Personane kan ikkje slåast saman.',
  'error.person.household_rule': 'Endringa er ikkje tillaten for hushaldet.',
  'error.person.consent_already_withdrawn': 'Samtykket er allereie trekt tilbake.',
  'error.person.representative_already_ended': 'Fullmakta eller verjemålet er allereie avslutta.',
  'field.national_id.wrong_length': 'Fødselsnummer og D-nummer har 11 siffer.',
  'field.national_id.not_digits': 'Fødselsnummeret kan berre innehalde siffer.',
  'field.national_id.invalid_date': 'Dei seks første sifra er ikkje ein gyldig fødselsdato.',
  'field.national_id.invalid_checksum': 'Fødselsnummeret er ikkje gyldig. Sjekk at alle sifra er rette.',
  'field.national_id.h_number_not_supported': 'H-nummer kan ikkje brukast. Oppgje fødselsnummer eller D-nummer.',
  'field.national_id.synthetic_number': 'Syntetiske testnummer kan ikkje brukast her.',
  'field.national_id.taken': 'Det finst allereie ein person med dette nummeret. Søk på nummeret for å finne personen.',
  'field.person.birth_date_mismatch': 'Fødselsdatoen stemmer ikkje med fødselsnummeret.',
  'field.person.date_in_future': 'Datoen kan ikkje vere fram i tid.',
  'field.person.address_not_allowed': 'Rolla di kan ikkje registrere eller endre denne adressa eller adressesperra.',
  'field.person.merged': 'Personen er slått saman med ein annan.',
  'field.person.same_person': 'Ein person kan ikkje slåast saman med seg sjølv.',
  'field.person.different_national_id': 'Personane har ulike fødselsnummer og er ikkje same person.',
  'field.person.end_before_start': 'Sluttdatoen kan ikkje vere før startdatoen.',
  'field.person.id_or_person': 'Vel ein registrert person eller registrer ein ny – ikkje begge.',
  'field.person.not_found': 'Fann ikkje personen.',
  'field.person.already_member': 'Personen er allereie medlem av hushaldet.',
  'field.person.head_of_household': 'Hovudsøkjaren kan ikkje fjernast frå hushaldet eller få ei anna rolle i det.',
  'error.rule_violation': 'Handlinga er ikkje tillaten i saka slik ho står no.',
  'error.case_status': 'Saka har ein status som ikkje tillèt dette.',
  'error.letter_incomplete': 'Vedtaksbrevet manglar innhald som lova krev. Fyll ut felta som er merkte.',
  'error.no_rule_set': 'Kommunen har ingen tildelingsvilkår som gjeld på denne datoen.',
  'field.in_future': 'Datoen kan ikkje vere fram i tid.',
  'field.in_past': 'Datoen må vere i dag eller seinare.',
  'field.before_received': 'Datoen kan ikkje vere før saka eller vedtaket.',
  'field.before_submitted': 'Mottatt-datoen kan ikkje vere før klaga vart send.',
  'field.not_found': 'Fann ikkje det som er valt.',
  'field.not_in_household': 'Personen er ikkje medlem av hushaldet.',
  'field.case_type_not_allowed': 'Rolla di kan ikkje handsame denne sakstypen.',
  'field.not_applicable': 'Dette gjeld ikkje for saka.',
  'field.duplicate': 'Verdien er oppgitt meir enn éin gong.',
  'field.invalid_transition': 'Saka har ein status som ikkje tillèt dette.',
  'field.missing_block': 'Vedtaksbrevet manglar denne delen.',
  'field.unsupported_file_type': 'Fila må vere PDF, JPEG eller PNG.',
  'field.file_type_mismatch': 'Filtypen stemmer ikkje med innhaldet i fila.',
  'field.empty_file': 'Fila er tom.',
  'field.own_decision': 'Du kan ikkje attestere eit vedtak du har skrive sjølv.',
  'field.unknown_rule': 'Vilkåret finst ikkje i regelsettet.',
  'field.override_not_allowed': 'Det kan ikkje gjerast unntak frå dette vilkåret.',
  'field.decision_not_sent': 'Vedtaket er ikkje sendt enno.',
  'field.sensitivity_not_allowed': 'Rolla di kan ikkje registrere notat med denne skjerminga.',
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
  'error.person.merged': 'This person has been merged into another. Make the change on the person that was kept.',
  'error.person.merge_refused': 'The persons cannot be merged.',
  'error.person.household_rule': 'The change is not allowed for the household.',
  'error.person.consent_already_withdrawn': 'The consent has already been withdrawn.',
  'error.person.representative_already_ended': "The representative's authority has already ended.",
  'field.national_id.wrong_length': 'A national identity number or D number has 11 digits.',
  'field.national_id.not_digits': 'The number can contain digits only.',
  'field.national_id.invalid_date': 'The first six digits are not a valid date of birth.',
  'field.national_id.invalid_checksum': 'The number is not valid. Check that every digit is correct.',
  'field.national_id.h_number_not_supported': 'H numbers cannot be used. Give a national identity number or D number.',
  'field.national_id.synthetic_number': 'Synthetic test numbers cannot be used here.',
  'field.national_id.taken': 'A person with this number is already registered. Search for the number to find them.',
  'field.person.birth_date_mismatch': 'The date of birth does not match the national identity number.',
  'field.person.date_in_future': 'The date cannot be in the future.',
  'field.person.address_not_allowed': 'Your role cannot enter or change this address or its protection level.',
  'field.person.merged': 'The person has been merged into another.',
  'field.person.same_person': 'A person cannot be merged with themselves.',
  'field.person.different_national_id': 'The persons have different national identity numbers and are not the same person.',
  'field.person.end_before_start': 'The end date cannot be before the start date.',
  'field.person.id_or_person': 'Choose a registered person or register a new one – not both.',
  'field.person.not_found': 'The person was not found.',
  'field.person.already_member': 'The person is already a member of the household.',
  'field.person.head_of_household': 'The main applicant cannot be removed from the household or given another relation in it.',
  'error.rule_violation': 'The action is not allowed in the case as it stands.',
  'error.case_status': 'The case has a status that does not allow this.',
  'error.letter_incomplete': 'The decision letter lacks content the law requires. Fill in the marked fields.',
  'error.no_rule_set': 'The municipality has no eligibility rules in force on this date.',
  'field.in_future': 'The date cannot be in the future.',
  'field.in_past': 'The date must be today or later.',
  'field.before_received': 'The date cannot be before the case or the decision.',
  'field.before_submitted': 'The received date cannot be before the appeal was sent.',
  'field.not_found': 'The selected item was not found.',
  'field.not_in_household': 'The person is not a member of the household.',
  'field.case_type_not_allowed': 'Your role cannot handle this case type.',
  'field.not_applicable': 'This does not apply to the case.',
  'field.duplicate': 'The value is given more than once.',
  'field.invalid_transition': 'The case has a status that does not allow this.',
  'field.missing_block': 'The decision letter lacks this part.',
  'field.unsupported_file_type': 'The file must be a PDF, JPEG or PNG.',
  'field.file_type_mismatch': 'The file type does not match the content of the file.',
  'field.empty_file': 'The file is empty.',
  'field.own_decision': 'You cannot attest a decision you wrote yourself.',
  'field.unknown_rule': 'The rule is not in the rule set.',
  'field.override_not_allowed': 'No exception can be made to this rule.',
  'field.decision_not_sent': 'The decision has not been sent yet.',
  'field.sensitivity_not_allowed': 'Your role cannot add notes with this sensitivity.',
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
