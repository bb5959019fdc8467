import type { CaseType, RentalKind } from '../cases/case-types.js';
import type { Bilingual, LetterLanguage } from './types.js';

/**
 * The fixed wording of a decision letter (vedtaksbrev) in bokmål and nynorsk, written to the
 * Klarspråk guidance: «du» and «vi», short sentences, the law cited in brackets after the plain
 * statement. The caseworker's own text (conclusion, facts, considerations …) comes in between.
 */

/** Other help a person may be guided to, above all on a refusal (domain.md § 1.2, Veiviseren). */
export const OTHER_HELP_KINDS = [
  'housing_allowance',
  'startlan',
  'deposit_guarantee',
  'financial_advice',
  'housing_help',
  'temporary_accommodation',
] as const;
export type OtherHelp = (typeof OTHER_HELP_KINDS)[number];

export const OTHER_HELP_TEXT: Readonly<Record<OtherHelp, Bilingual>> = {
  housing_allowance: {
    nb: 'Bostøtte fra Husbanken: Hvis du har lav inntekt og høye boutgifter, kan du søke om bostøtte på husbanken.no.',
    nn: 'Bustøtte frå Husbanken: Dersom du har låg inntekt og høge buutgifter, kan du søkje om bustøtte på husbanken.no.',
  },
  startlan: {
    nb: 'Startlån: Hvis du ikke får vanlig boliglån i banken, kan du søke kommunen om startlån for å kjøpe bolig.',
    nn: 'Startlån: Dersom du ikkje får vanleg bustadlån i banken, kan du søkje kommunen om startlån for å kjøpe bustad.',
  },
  deposit_guarantee: {
    nb: 'Depositumsgaranti fra Nav: Når du skal leie bolig, kan Nav gi en garanti i stedet for depositum. Ta kontakt med Nav-kontoret.',
    nn: 'Depositumsgaranti frå Nav: Når du skal leige bustad, kan Nav gi ein garanti i staden for depositum. Ta kontakt med Nav-kontoret.',
  },
  financial_advice: {
    nb: 'Økonomisk rådgivning: Nav gir gratis råd og veiledning om økonomi og gjeld.',
    nn: 'Økonomisk rådgiving: Nav gir gratis råd og rettleiing om økonomi og gjeld.',
  },
  housing_help: {
    nb: 'Hjelp etter boligsosial lov: Du kan be kommunen om hjelp til å skaffe eller beholde bolig, for eksempel råd om hvordan du finner bolig, eller hjelp til å søke.',
    nn: 'Hjelp etter bustadsosial lov: Du kan be kommunen om hjelp til å skaffe eller behalde bustad, til dømes råd om korleis du finn bustad, eller hjelp til å søkje.',
  },
  temporary_accommodation: {
    nb: 'Midlertidig botilbud: Hvis du ikke har et sted å bo det neste døgnet, skal Nav hjelpe deg med et midlertidig sted å bo. Ta kontakt med Nav-kontoret.',
    nn: 'Mellombels butilbod: Dersom du ikkje har ein stad å bu det neste døgeret, skal Nav hjelpe deg med ein mellombels stad å bu. Ta kontakt med Nav-kontoret.',
  },
};

/** The letter's title (h1). */
export function decisionTitle(caseType: CaseType, rentalKind: RentalKind | undefined, language: LetterLanguage): string {
  const titles: Record<string, Bilingual> = {
    housing_help: { nb: 'Vedtak om hjelp til å skaffe eller beholde bolig', nn: 'Vedtak om hjelp til å skaffe eller behalde bustad' },
    'rental_dwelling/new': { nb: 'Vedtak om kommunal utleiebolig', nn: 'Vedtak om kommunal utleigebustad' },
    'rental_dwelling/change': { nb: 'Vedtak om bytte av kommunal utleiebolig', nn: 'Vedtak om byte av kommunal utleigebustad' },
    'rental_dwelling/renewal': {
      nb: 'Vedtak om forlengelse av leiekontrakt for kommunal bolig',
      nn: 'Vedtak om forlenging av leigekontrakt for kommunal bustad',
    },
    temporary_accommodation: { nb: 'Vedtak om midlertidig botilbud', nn: 'Vedtak om mellombels butilbod' },
    startlan: { nb: 'Vedtak om startlån', nn: 'Vedtak om startlån' },
  };
  const key = caseType === 'rental_dwelling' ? `rental_dwelling/${rentalKind ?? 'new'}` : caseType;
  const title = titles[key];
  if (title === undefined) throw new RangeError(`no title for ${key}`);
  return title[language];
}

export const DECISION_HEADINGS = {
  conclusion: { nb: 'Dette har vi bestemt', nn: 'Dette har vi bestemt' },
  help_content: { nb: 'Hjelpen du får', nn: 'Hjelpa du får' },
  dwelling: { nb: 'Boligen du kan få', nn: 'Bustaden du kan få' },
  lease: { nb: 'Leiekontrakten', nn: 'Leigekontrakten' },
  validity: { nb: 'Hvor lenge vedtaket gjelder', nn: 'Kor lenge vedtaket gjeld' },
  lapse: { nb: 'Hvis situasjonen din endrer seg', nn: 'Dersom situasjonen din endrar seg' },
  facts: { nb: 'Opplysningene i saken', nn: 'Opplysningane i saka' },
  legal_basis: { nb: 'Reglene vi har brukt', nn: 'Reglane vi har brukt' },
  considerations: { nb: 'Vurderingen vår', nn: 'Vurderinga vår' },
  other_help: { nb: 'Annen hjelp du kan få', nn: 'Anna hjelp du kan få' },
  appeal: { nb: 'Du kan klage', nn: 'Du kan klage' },
  appeal_how: { nb: 'Slik klager du', nn: 'Slik klagar du' },
  appeal_help: { nb: 'Hjelp til å klage', nn: 'Hjelp til å klage' },
  access: { nb: 'Du har rett til å se dokumentene i saken', nn: 'Du har rett til å sjå dokumenta i saka' },
} as const satisfies Record<string, Bilingual>;

/** Sentences with values filled in; each takes the letter language. */
export const DECISION_TEXT = {
  nb: {
    dwellingIntro: 'Når vi har en ledig bolig som passer, får du et eget tilbud med adresse og husleie. Boligen skal ha dette:',
    bedrooms: (n: number) => (n === 0 ? 'Antall soverom: ingen (ettromsbolig)' : `Antall soverom: ${n}`),
    size: (m2: string) => `Størrelse: omtrent ${m2} m²`,
    groundFloor: 'Etasje: første etasje (bakkeplan)',
    groundFloorOrLift: 'Etasje: første etasje, eller høyere med heis',
    lift: 'Heis: ja',
    wheelchair: 'Tilpasset for rullestol: ja',
    lease: (years: number) => `Du får en tidsbestemt leiekontrakt på ${years} år.`,
    validity: (months: number, until: string) =>
      `Vedtaket gjelder i ${months} ${months === 1 ? 'måned' : 'måneder'}, til og med ${until}. Hvis du ikke har fått tilbud om bolig innen den datoen og fortsatt trenger bolig, må du søke på nytt.`,
    lapse: 'Vedtaket bortfaller dersom forutsetningene endrer seg. Gi oss beskjed med en gang hvis noe av dette endrer seg. Vi har lagt til grunn at:',
    legalBasis: (basis: string) => `Vi har gjort vedtaket etter ${basis}.`,
    decisionMaker: (who: string) => `Vedtaket er gjort av ${who}.`,
    additionalRules: 'Vi har også brukt disse reglene:',
    eligibilityIntro: 'Slik har vi vurdert hvert vilkår:',
    otherHelpIntro: 'Dette kan også hjelpe deg:',
    deadline: (ref: string) => `Fristen for å klage er tre uker fra du mottok dette brevet (${ref}).`,
    deadlineDate: (sent: string, reached: string, due: string) =>
      `Vi sendte brevet ${sent}. Hvis det kom fram til deg ${reached}, er siste dag for å klage ${due}. Kom brevet fram senere, blir fristen tilsvarende lengre.`,
    inTime: (ref: string) => `Du har klaget i tide hvis du postlegger eller leverer klagen senest siste dag i fristen (${ref}).`,
    appealRoute: (via: string, body: string, basis: string) =>
      `Send klagen til oss (${via}). Vi ser på saken på nytt. Hvis vi ikke gir deg medhold, sender vi klagen videre til ${body}, som tar den endelige avgjørelsen (${basis}).`,
    appealForm: (ref: string) => `Klagen må være skriftlig, og du eller den som har fullmakt fra deg, må skrive under (${ref}). Skriv i klagen:`,
    appealWhich: (caseNumber: string) => `hvilket vedtak du klager på – oppgi gjerne saksnummeret vårt, ${caseNumber}`,
    appealWhat: 'hva du vil ha endret',
    appealWhy: 'hvorfor du mener vedtaket bør endres',
    guidance: (ref: string) => `Vi kan hjelpe deg med å skrive klagen. Ta kontakt med oss (${ref}).`,
    costs: (ref: string) =>
      `Hvis vi eller klageinstansen endrer vedtaket til gunst for deg, kan du ha rett til å få dekket vesentlige kostnader du har hatt for å få det endret, for eksempel til advokat (${ref}).`,
    legalAid: (body: string) =>
      `Du kan ha rett til fri rettshjelp. Det avhenger blant annet av inntekten og formuen din. ${body} kan gi deg mer informasjon.`,
    access: (ref: string) => `Du har rett til å se dokumentene i saken din (${ref}). Ta kontakt med oss hvis du vil se dem.`,
  },
  nn: {
    dwellingIntro: 'Når vi har ein ledig bustad som passar, får du eit eige tilbod med adresse og husleige. Bustaden skal ha dette:',
    bedrooms: (n: number) => (n === 0 ? 'Tal på soverom: ingen (eittromsbustad)' : `Tal på soverom: ${n}`),
    size: (m2: string) => `Storleik: om lag ${m2} m²`,
    groundFloor: 'Etasje: første etasje (bakkeplan)',
    groundFloorOrLift: 'Etasje: første etasje, eller høgare med heis',
    lift: 'Heis: ja',
    wheelchair: 'Tilpassa for rullestol: ja',
    lease: (years: number) => `Du får ein tidsavgrensa leigekontrakt på ${years} år.`,
    validity: (months: number, until: string) =>
      `Vedtaket gjeld i ${months} ${months === 1 ? 'månad' : 'månader'}, til og med ${until}. Dersom du ikkje har fått tilbod om bustad innan den datoen og framleis treng bustad, må du søkje på nytt.`,
    lapse: 'Vedtaket fell bort dersom føresetnadene endrar seg. Gi oss beskjed med ein gong dersom noko av dette endrar seg. Vi har lagt til grunn at:',
    legalBasis: (basis: string) => `Vi har gjort vedtaket etter ${basis}.`,
    decisionMaker: (who: string) => `Vedtaket er gjort av ${who}.`,
    additionalRules: 'Vi har også brukt desse reglane:',
    eligibilityIntro: 'Slik har vi vurdert kvart vilkår:',
    otherHelpIntro: 'Dette kan også hjelpe deg:',
    deadline: (ref: string) => `Fristen for å klage er tre veker frå du fekk dette brevet (${ref}).`,
    deadlineDate: (sent: string, reached: string, due: string) =>
      `Vi sende brevet ${sent}. Dersom det kom fram til deg ${reached}, er siste dag for å klage ${due}. Kom brevet fram seinare, blir fristen tilsvarande lengre.`,
    inTime: (ref: string) => `Du har klaga i tide dersom du postlegg eller leverer klagen seinast siste dagen i fristen (${ref}).`,
    appealRoute: (via: string, body: string, basis: string) =>
      `Send klagen til oss (${via}). Vi ser på saka på nytt. Dersom vi ikkje gir deg medhald, sender vi klagen vidare til ${body}, som tek den endelege avgjerda (${basis}).`,
    appealForm: (ref: string) => `Klagen må vere skriftleg, og du eller den som har fullmakt frå deg, må skrive under (${ref}). Skriv i klagen:`,
    appealWhich: (caseNumber: string) => `kva vedtak du klagar på – oppgi gjerne saksnummeret vårt, ${caseNumber}`,
    appealWhat: 'kva du vil ha endra',
    appealWhy: 'kvifor du meiner vedtaket bør endrast',
    guidance: (ref: string) => `Vi kan hjelpe deg med å skrive klagen. Ta kontakt med oss (${ref}).`,
    costs: (ref: string) =>
      `Dersom vi eller klageinstansen endrar vedtaket til gunst for deg, kan du ha rett til å få dekt vesentlege kostnader du har hatt for å få det endra, til dømes til advokat (${ref}).`,
    legalAid: (body: string) =>
      `Du kan ha rett til fri rettshjelp. Det avheng mellom anna av inntekta og formuen din. ${body} kan gi deg meir informasjon.`,
    access: (ref: string) => `Du har rett til å sjå dokumenta i saka di (${ref}). Ta kontakt med oss dersom du vil sjå dei.`,
  },
} as const;

/** A number as Norwegians write it: decimal comma (55,5). */
export function norwegianNumber(value: number): string {
  return String(value).replace('.', ',');
}
