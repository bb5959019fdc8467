/**
 * Names of the enum values and facts in bokmål, nynorsk and English, shared by the
 * explanations and the rendered rule text.
 */
import type { HousingSituation, Language, LocalizedText, ResidenceStatus } from './types.js';

/** Builds a {@link LocalizedText}. */
export const text = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

export const RESIDENCE_STATUS_LABELS: Readonly<Record<ResidenceStatus, LocalizedText>> = {
  citizen: text('norsk statsborgerskap', 'norsk statsborgarskap', 'Norwegian citizenship'),
  permanent_residence: text(
    'permanent opphold (permanent oppholdstillatelse, varig oppholdsrett)',
    'permanent opphald (permanent opphaldsløyve, varig opphaldsrett)',
    'permanent residence (permanent residence permit, right of permanent residence)',
  ),
  refugee: text('flyktningstatus (innvilget asyl)', 'flyktningstatus (innvilga asyl)', 'refugee status (asylum granted)'),
  humanitarian: text('oppholdstillatelse på humanitært grunnlag', 'opphaldsløyve på humanitært grunnlag', 'residence permit on humanitarian grounds'),
  eea_registered: text('registrert etter EØS-reglene', 'registrert etter EØS-reglane', 'registered under the EEA rules'),
  temporary_permit: text('annen midlertidig oppholdstillatelse', 'anna mellombels opphaldsløyve', 'other temporary residence permit'),
  asylum_seeker: text('asylsøknad under behandling', 'asylsøknad under behandling', 'asylum application pending'),
  none: text('uten lovlig opphold', 'utan lovleg opphald', 'no lawful residence'),
};

/** Short descriptions of each situation, readable after «Bosituasjon:» and in a list. */
export const HOUSING_SITUATION_LABELS: Readonly<Record<HousingSituation, LocalizedText>> = {
  no_roof: text('uten tak over hodet', 'utan tak over hovudet', 'sleeping rough'),
  emergency_accommodation: text(
    'i midlertidig botilbud (nødbolig, hospits o.l.)',
    'i mellombels butilbod (naudbustad, hospits o.l.)',
    'in temporary accommodation (emergency housing, hostel or similar)',
  ),
  prison_release_2m: text(
    'løslates fra fengsel innen to måneder, uten bolig',
    'blir lauslaten frå fengsel innan to månader, utan bustad',
    'released from prison within two months, without a dwelling',
  ),
  institution_release_2m: text(
    'skrives ut fra institusjon innen to måneder, uten bolig',
    'blir skriven ut frå institusjon innan to månader, utan bustad',
    'discharged from an institution within two months, without a dwelling',
  ),
  staying_with_friends_family: text(
    'bor midlertidig hos venner, kjente eller familie',
    'bur mellombels hos vener, kjende eller familie',
    'staying temporarily with friends, acquaintances or family',
  ),
  unsuitable_dwelling: text(
    'bolig som er sosialt eller helsemessig uforsvarlig',
    'bustad som er sosialt eller helsemessig uforsvarleg',
    'a dwelling that is socially or medically indefensible',
  ),
  time_limited_lease_under_6m: text(
    'tidsbestemt leiekontrakt uten rett til forlengelse, under seks måneder igjen',
    'tidsavgrensa leigekontrakt utan rett til forlenging, under seks månader att',
    'a time-limited lease without right of renewal, less than six months left',
  ),
  own_suitable_dwelling: text('egen egnet bolig', 'eigen eigna bustad', 'a suitable dwelling of their own'),
};

const FACT_LABELS: Readonly<Record<string, LocalizedText>> = {
  age: text('alder', 'alder', 'age'),
  birthDate: text('fødselsdato', 'fødselsdato', 'date of birth'),
  hasDailyCareOfChildren: text('daglig omsorg for barn', 'dagleg omsorg for barn', 'daily care of children'),
  residenceStatus: text('oppholdsgrunnlag', 'opphaldsgrunnlag', 'ground of residence'),
  residentSince: text('dato for folkeregistrering i kommunen', 'dato for folkeregistrering i kommunen', 'date registered as resident in the municipality'),
  residenceMonths: text('botid i kommunen', 'butid i kommunen', 'months resident in the municipality'),
  refugeeFirstSettlement: text('førstegangsbosetting av flyktning', 'førstegongsbusetjing av flyktning', 'first settlement as a refugee'),
  housingSituation: text('nåværende bosituasjon', 'noverande busituasjon', 'current housing situation'),
  documentedOwnAttempts: text('dokumenterte egne forsøk på å skaffe bolig', 'dokumenterte eigne forsøk på å skaffe bustad', 'documented own attempts to obtain a dwelling'),
  canMeetLeaseTerms: text('vurdering av boevne', 'vurdering av buevne', 'assessment of ability to meet lease terms'),
  household: text('husstandens medlemmer', 'medlemmene i hushaldet', 'household members'),
  grossAnnualIncome: text('bruttoinntekt', 'bruttoinntekt', 'gross income'),
  debtToMunicipality: text('gjeld til kommunen', 'gjeld til kommunen', 'debt to the municipality'),
  lastEvictionDate: text('tidligere utkastelser', 'tidlegare utkastingar', 'previous evictions'),
};

/**
 * A fact path (`age`, `household[1].grossAnnualIncome`, `birthDate|age`) as words, e.g.
 * «bruttoinntekt for husstandsmedlem 2». Alternatives joined by `|` read «… eller …».
 */
export function factLabel(path: string, language: Language): string {
  const or = { nb: ' eller ', nn: ' eller ', en: ' or ' }[language];
  if (path.includes('|')) return path.split('|').map((p) => factLabel(p, language)).join(or);
  const member = /^household\[(\d+)\]\.(\w+)$/.exec(path);
  if (member !== null) {
    const n = Number(member[1]) + 1;
    const field = factLabel(member[2] ?? '', language);
    return { nb: `${field} for husstandsmedlem ${n}`, nn: `${field} for medlem ${n} i hushaldet`, en: `${field} of household member ${n}` }[language];
  }
  return FACT_LABELS[path]?.[language] ?? path;
}

/** A decimal as written in the language: «3,5» in Norwegian, «3.5» in English. */
export function formatDecimal(value: number, language: Language): string {
  const s = String(value);
  return language === 'en' ? s : s.replace('.', ',');
}

/** Whole kroner with digit grouping: «455 560 kr», «NOK 455,560». */
export function formatKroner(value: number, language: Language): string {
  const digits = String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : ' ');
  const sign = value < 0 ? '−' : '';
  return language === 'en' ? `${sign}NOK ${digits}` : `${sign}${digits} kr`;
}

/** «a, b og c» / «a, b and c». */
export function joinList(items: readonly string[], language: Language): string {
  const and = { nb: 'og', nn: 'og', en: 'and' }[language];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

/** «a, b eller c» / «a, b or c». */
export function joinAlternatives(items: readonly string[], language: Language): string {
  const or = { nb: 'eller', nn: 'eller', en: 'or' }[language];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1] ?? ''}`;
}

/** Applies `render` in each language. */
export function localize(render: (language: Language) => string): LocalizedText {
  return { nb: render('nb'), nn: render('nn'), en: render('en') };
}
