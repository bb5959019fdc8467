/**
 * Renders structured reasons as plain language in bokmål, nynorsk and English, for letters, the
 * tests and anyone without the web's catalogue. Pure; one template per reason code.
 */
import { formatDate } from '../eligibility/calendar.js';
import { HOUSING_SITUATION_LABELS, joinList } from '../eligibility/labels.js';
import { NEED_CATEGORY_LABELS, needGroupLabel, SPECIAL_NEED_LABELS } from './labels.js';
import type { Reason, ReasonCode, ReasonParamsByCode } from './reasons.js';
import type { Language } from './types.js';

type Texts = Readonly<Record<Language, string>>;
type Renderers = { readonly [C in ReasonCode]: (p: Readonly<ReasonParamsByCode[C]>) => Texts };

const t = (nb: string, nn: string, en: string): Texts => ({ nb, nn, en });

/** «+40 poeng og prioritetsgruppe A» / «+40 points and band A». */
function gain(points: number, band: string | null): Texts {
  const pts = t(`+${points} poeng`, `+${points} poeng`, `+${points} ${points === 1 ? 'point' : 'points'}`);
  if (band === null) return pts;
  if (points === 0) return t(`prioritetsgruppe ${band}`, `prioritetsgruppe ${band}`, `band ${band}`);
  return t(`${pts.nb} og prioritetsgruppe ${band}`, `${pts.nn} og prioritetsgruppe ${band}`, `${pts.en} and band ${band}`);
}

/** «Subject: gain.» in each language. */
const line = (subject: Texts, g: Texts): Texts => t(`${subject.nb}: ${g.nb}.`, `${subject.nn}: ${g.nn}.`, `${subject.en}: ${g.en}.`);

const persons = (n: number): Texts => t(`${n} ${n === 1 ? 'person' : 'personer'}`, `${n} ${n === 1 ? 'person' : 'personar'}`, `${n} ${n === 1 ? 'person' : 'people'}`);
const months = (n: number): Texts => t(`${n} ${n === 1 ? 'måned' : 'måneder'}`, `${n} ${n === 1 ? 'månad' : 'månader'}`, `${n} ${n === 1 ? 'month' : 'months'}`);
const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};
const date = (iso: string): Texts => t(formatDate(iso, 'nb'), formatDate(iso, 'nn'), formatDate(iso, 'en'));
const floorText = (floor: number | null, onFloor: Texts, unknown: Texts): Texts => (floor === null ? unknown : onFloor);

const PRIORITY: Pick<Renderers, Extract<ReasonCode, `priority_${string}`>> = {
  priority_base: (p) => t(`Grunnpoeng: ${p.points} poeng.`, `Grunnpoeng: ${p.points} poeng.`, `Base points: ${p.points}.`),
  priority_housing_situation: (p) => {
    const s = HOUSING_SITUATION_LABELS[p.situation];
    return line(t(`Bosituasjon – ${s.nb}`, `Busituasjon – ${s.nn}`, `Housing situation – ${s.en}`), gain(p.points, p.band));
  },
  priority_need_category: (p) => {
    const c = NEED_CATEGORY_LABELS[p.category];
    return line(t(`Prioritert gruppe – ${c.nb}`, `Prioritert gruppe – ${c.nn}`, `Priority group – ${c.en}`), gain(p.points, p.band));
  },
  priority_children: (p) =>
    line(
      t(`${p.children} barn under ${p.maxAge + 1} år i husstanden`, `${p.children} barn under ${p.maxAge + 1} år i hushaldet`, `${p.children} ${p.children === 1 ? 'child' : 'children'} under ${p.maxAge + 1} in the household`),
      gain(p.points, p.band),
    ),
  priority_special_needs: (p) => {
    const list = (l: Language): string => joinList(p.needs.map((n) => SPECIAL_NEED_LABELS[n][l]), l);
    return line(t(`Særlige behov (${list('nb')})`, `Særlege behov (${list('nn')})`, `Special needs (${list('en')})`), gain(p.points, p.band));
  },
  priority_young_applicant: (p) =>
    line(
      t(
        `Ung søker (${p.age} år, til og med ${p.maxAge}) med sammensatte hjelpebehov`,
        `Ung søkjar (${p.age} år, til og med ${p.maxAge}) med samansette hjelpebehov`,
        `Young applicant (${p.age}, up to ${p.maxAge}) with complex needs`,
      ),
      gain(p.points, p.band),
    ),
  priority_economically_disadvantaged: (p) => line(t('Økonomisk vanskeligstilt', 'Økonomisk vanskeleg stilt', 'Economically disadvantaged'), gain(p.points, p.band)),
  priority_band: (p) => {
    const head = t(`Prioritet: ${p.points} poeng, prioritetsgruppe ${p.band}.`, `Prioritet: ${p.points} poeng, prioritetsgruppe ${p.band}.`, `Priority: ${p.points} points, band ${p.band}.`);
    const tail =
      p.banding === 'by_rule'
        ? t(' Gruppen bestemmes av bosituasjonen; poengene rangerer innen gruppen.', ' Gruppa blir bestemd av busituasjonen; poenga rangerer innanfor gruppa.', ' The band follows from the housing situation; points rank within the band.')
        : t(' Gruppen følger av poengsummen.', ' Gruppa følgjer av poengsummen.', ' The band follows from the points.');
    return t(head.nb + tail.nb, head.nn + tail.nn, head.en + tail.en);
  },
  priority_waiting_time: (p) => {
    const d = date(p.decisionDate);
    const m = months(p.months);
    const rule =
      p.use === 'tie_breaker'
        ? t('Ventetid gir ikke poeng, men avgjør mellom like poengsummer.', 'Ventetid gir ikkje poeng, men avgjer mellom like poengsummar.', 'Waiting time gives no points but decides between equal scores.')
        : t(
            'Ventetid gir ikke poeng og avgjør ikke rekkefølgen; like poengsummer avgjøres ved loddtrekning.',
            'Ventetid gir ikkje poeng og avgjer ikkje rekkjefølgja; like poengsummar blir avgjorde ved loddtrekning.',
            'Waiting time gives no points and does not decide the order; equal scores are settled by lot.',
          );
    return t(`Godkjent ${d.nb}, ${m.nb} på ventelisten. ${rule.nb}`, `Godkjend ${d.nn}, ${m.nn} på ventelista. ${rule.nn}`, `Approved ${d.en}, ${m.en} on the waiting list. ${rule.en}`);
  },
  priority_override: (p) =>
    t(
      `Saksbehandleren har satt prioriteten til ${p.points} poeng (reglene ga ${p.computedPoints}). Begrunnelse: «${p.reason}»`,
      `Sakshandsamaren har sett prioriteten til ${p.points} poeng (reglane gav ${p.computedPoints}). Grunngiving: «${p.reason}»`,
      `The caseworker set the priority to ${p.points} points (the rules gave ${p.computedPoints}). Reason: “${p.reason}”`,
    ),
  priority_approval_expired: (p) => {
    const d = date(p.validUntil);
    return t(
      `Godkjenningen som vanskeligstilt boligsøker gjaldt til ${d.nb}, og husstanden er ikke med i denne runden.`,
      `Godkjenninga som vanskeleg stilt bustadsøkjar galdt til ${d.nn}, og hushaldet er ikkje med i denne runden.`,
      `The approval as a disadvantaged housing applicant was valid until ${d.en}; the household is not in this round.`,
    );
  },
  priority_queue_position: (p) => {
    const head = t(`Nummer ${p.position} av ${p.of} på ventelisten.`, `Nummer ${p.position} av ${p.of} på ventelista.`, `Number ${p.position} of ${p.of} on the waiting list.`);
    if (p.tiedWith === 0 || p.tieBreak === 'none') return head;
    const others = t(`${p.tiedWith} andre har like mange poeng`, `${p.tiedWith} andre har like mange poeng`, `${p.tiedWith} ${p.tiedWith === 1 ? 'other has' : 'others have'} the same points`);
    const how =
      p.tieBreak === 'waiting_time'
        ? t('lengst ventetid går foran, deretter loddtrekning', 'lengst ventetid går føre, deretter loddtrekning', 'the longest wait goes first, then a lottery')
        : t('rekkefølgen mellom dem er avgjort ved loddtrekning', 'rekkjefølgja mellom dei er avgjord ved loddtrekning', 'their order was settled by lot');
    return t(`${head.nb} ${others.nb}; ${how.nb}.`, `${head.nn} ${others.nn}; ${how.nn}.`, `${head.en} ${others.en}; ${how.en}.`);
  },
};

const HARD: Pick<Renderers, 'too_few_bedrooms' | 'too_many_bedrooms' | 'wheelchair_access_required' | 'lift_required' | 'ground_floor_required' | 'ground_floor_or_lift_required' | 'staffed_required' | 'staff_base_required' | 'staffed_reserved' | 'shared_housing_not_acceptable' | 'excluded_district' | 'excluded_building'> = {
  too_few_bedrooms: (p) => {
    const n = persons(p.persons);
    return t(
      `For få soverom: ${p.bedrooms}, men en husstand på ${n.nb} trenger minst ${p.minBedrooms}.`,
      `For få soverom: ${p.bedrooms}, men eit hushald på ${n.nn} treng minst ${p.minBedrooms}.`,
      `Too few bedrooms: ${p.bedrooms}, but a household of ${n.en} needs at least ${p.minBedrooms}.`,
    );
  },
  too_many_bedrooms: (p) => {
    const n = persons(p.persons);
    return t(
      `For mange soverom: ${p.bedrooms}, mer enn ${p.maxBedrooms} for en husstand på ${n.nb}.`,
      `For mange soverom: ${p.bedrooms}, meir enn ${p.maxBedrooms} for eit hushald på ${n.nn}.`,
      `Too many bedrooms: ${p.bedrooms}, more than ${p.maxBedrooms} for a household of ${n.en}.`,
    );
  },
  wheelchair_access_required: () => t('Boligen er ikke tilpasset rullestol.', 'Bustaden er ikkje tilpassa rullestol.', 'The dwelling is not wheelchair accessible.'),
  lift_required: (p) =>
    floorText(
      p.floor,
      t(`Husstanden trenger heis; boligen ligger i ${p.floor}. etasje uten heis.`, `Hushaldet treng heis; bustaden ligg i ${p.floor}. etasje utan heis.`, `The household needs a lift; the dwelling is on floor ${p.floor} without one.`),
      t('Husstanden trenger heis; boligen har ingen heis, og etasjen er ikke registrert.', 'Hushaldet treng heis; bustaden har ingen heis, og etasjen er ikkje registrert.', 'The household needs a lift; the dwelling has none and its floor is not registered.'),
    ),
  ground_floor_required: (p) =>
    floorText(
      p.floor,
      t(`Husstanden trenger bolig på bakkeplan (1. etasje); boligen ligger i ${p.floor}. etasje.`, `Hushaldet treng bustad på bakkeplan (1. etasje); bustaden ligg i ${p.floor}. etasje.`, `The household needs a ground-floor dwelling; the dwelling is on floor ${p.floor}.`),
      t('Husstanden trenger bolig på bakkeplan (1. etasje); boligens etasje er ikke registrert.', 'Hushaldet treng bustad på bakkeplan (1. etasje); etasjen til bustaden er ikkje registrert.', 'The household needs a ground-floor dwelling; the dwelling’s floor is not registered.'),
    ),
  ground_floor_or_lift_required: (p) =>
    floorText(
      p.floor,
      t(`Vedtaket krever bolig på bakkeplan eller med heis; boligen ligger i ${p.floor}. etasje uten heis.`, `Vedtaket krev bustad på bakkeplan eller med heis; bustaden ligg i ${p.floor}. etasje utan heis.`, `The decision requires a ground-floor dwelling or a lift; the dwelling is on floor ${p.floor} without one.`),
      t('Vedtaket krever bolig på bakkeplan eller med heis; boligen har ingen heis, og etasjen er ikke registrert.', 'Vedtaket krev bustad på bakkeplan eller med heis; bustaden har ingen heis, og etasjen er ikkje registrert.', 'The decision requires a ground-floor dwelling or a lift; the dwelling has none and its floor is not registered.'),
    ),
  staffed_required: () => t('Husstanden trenger døgnbemannet bolig; denne boligen er ikke bemannet.', 'Hushaldet treng døgnbemanna bustad; denne bustaden er ikkje bemanna.', 'The household needs a dwelling staffed day and night; this one is not staffed.'),
  staff_base_required: () => t('Husstanden trenger personalbase i nærheten; boligen har ingen.', 'Hushaldet treng personalbase i nærleiken; bustaden har ingen.', 'The household needs a staff base nearby; the dwelling has none.'),
  staffed_reserved: () => t('Boligen er døgnbemannet og holdes av til husstander som trenger bemanning.', 'Bustaden er døgnbemanna og blir halden av til hushald som treng bemanning.', 'The dwelling is staffed day and night and kept for households who need staffing.'),
  shared_housing_not_acceptable: (p) =>
    p.sharedHousingOk === 'no'
      ? t('Boligen er i et bofellesskap, og husstanden har sagt at bofellesskap ikke passer.', 'Bustaden er i eit bufellesskap, og hushaldet har sagt at bufellesskap ikkje passar.', 'The dwelling is in shared housing, which the household has said does not suit them.')
      : t('Boligen er i et bofellesskap, og det er ikke avklart om bofellesskap passer for husstanden.', 'Bustaden er i eit bufellesskap, og det er ikkje avklart om bufellesskap passar for hushaldet.', 'The dwelling is in shared housing, and whether that suits the household has not been settled.'),
  excluded_district: (p) => t(`Av sikkerhetshensyn skal husstanden ikke bo i bydel ${p.district}.`, `Av omsyn til tryggleik skal hushaldet ikkje bu i bydel ${p.district}.`, `For safety reasons the household must not live in district ${p.district}.`),
  // The building is not named: it could point to where the person the household is protected from lives.
  excluded_building: () => t('Av sikkerhetshensyn skal husstanden ikke bo i dette bygget.', 'Av omsyn til tryggleik skal hushaldet ikkje bu i dette bygget.', 'For safety reasons the household must not live in this building.'),
};

const SOFT: Pick<Renderers, 'suitability_base' | 'area_wish' | 'school_district_kept' | 'school_district_changed' | 'network_area' | 'housing_first_dwelling' | 'housing_first_district' | 'ideal_bedrooms' | 'suitability_score_capped'> = {
  suitability_base: (p) => t(`Grunnverdi for egnethet: ${p.points}.`, `Grunnverdi for eignaheit: ${p.points}.`, `Base suitability: ${p.points}.`),
  area_wish: (p) => t(`Bydel ${p.district} er husstandens ${p.rank}. ønske: +${p.points}.`, `Bydel ${p.district} er ${p.rank}. ønsket til hushaldet: +${p.points}.`, `District ${p.district} is the household’s ${ordinal(p.rank)} wish: +${p.points}.`),
  school_district_kept: (p) => {
    const s = p.schoolDistrict.trim();
    return t(`Barna kan fortsette i ${s} skolekrets: +${p.points}.`, `Borna kan halde fram i ${s} skulekrins: +${p.points}.`, `The children can stay in ${s} school district: +${p.points}.`);
  },
  school_district_changed: (p) => {
    const s = p.schoolDistrict.trim();
    const to = p.dwellingSchoolDistrict?.trim() ?? '';
    return to === ''
      ? t(`Barna må trolig bytte fra ${s} skolekrets.`, `Borna må truleg byte frå ${s} skulekrins.`, `The children would probably change from ${s} school district.`)
      : t(`Barna må bytte fra ${s} til ${to} skolekrets.`, `Borna må byte frå ${s} til ${to} skulekrins.`, `The children would change from ${s} to ${to} school district.`);
  },
  network_area: (p) =>
    t(
      `Bydel ${p.district} er nær husstandens nettverk, arbeid eller tjenester: +${p.points}.`,
      `Bydel ${p.district} er nær nettverket, arbeidet eller tenestene til hushaldet: +${p.points}.`,
      `District ${p.district} is close to the household’s network, work or services: +${p.points}.`,
    ),
  housing_first_dwelling: (p) => t(`Housing First-deltakeren har selv valgt denne boligen: +${p.points}.`, `Housing First-deltakaren har sjølv valt denne bustaden: +${p.points}.`, `The Housing First participant chose this dwelling: +${p.points}.`),
  housing_first_district: (p) => t(`Housing First-deltakeren har selv valgt bydel ${p.district}: +${p.points}.`, `Housing First-deltakaren har sjølv valt bydel ${p.district}: +${p.points}.`, `The Housing First participant chose district ${p.district}: +${p.points}.`),
  ideal_bedrooms: (p) =>
    p.bedrooms === 0
      ? t(`En ettromsbolig passer best for husstanden: +${p.points}.`, `Ein eittromsbustad passar best for hushaldet: +${p.points}.`, `A one-room dwelling suits the household best: +${p.points}.`)
      : t(`${p.bedrooms} soverom passer best for husstanden: +${p.points}.`, `${p.bedrooms} soverom passar best for hushaldet: +${p.points}.`, `${p.bedrooms} ${p.bedrooms === 1 ? 'bedroom suits' : 'bedrooms suit'} the household best: +${p.points}.`),
  suitability_score_capped: (p) => t(`Summen ${p.rawScore} er begrenset til ${p.score}.`, `Summen ${p.rawScore} er avgrensa til ${p.score}.`, `The sum ${p.rawScore} is capped at ${p.score}.`),
};

const ROUND: Pick<Renderers, 'candidate_rank' | 'proposed' | 'proposed_elsewhere' | 'concentration_limit_reached' | 'separation_required' | 'lower_joint_weight' | 'search_stopped' | 'vacancy_left_empty'> = {
  candidate_rank: (p) =>
    t(
      `Nummer ${p.rank} av ${p.of} for denne boligen, rangert etter prioritet (${p.points} poeng, gruppe ${p.band}) ganger egnethet (${p.score} av 100).`,
      `Nummer ${p.rank} av ${p.of} for denne bustaden, rangert etter prioritet (${p.points} poeng, gruppe ${p.band}) gonger eignaheit (${p.score} av 100).`,
      `Number ${p.rank} of ${p.of} for this dwelling, ranked by priority (${p.points} points, band ${p.band}) times suitability (${p.score} of 100).`,
    ),
  proposed: () => t('Foreslått for denne boligen.', 'Føreslått for denne bustaden.', 'Proposed for this dwelling.'),
  proposed_elsewhere: () =>
    t(
      'Foreslått for en annen bolig, der det samlede resultatet for alle husstandene blir bedre.',
      'Føreslått for ein annan bustad, der det samla resultatet for alle hushalda blir betre.',
      'Proposed for another dwelling, where the joint result for all households is better.',
    ),
  concentration_limit_reached: (p) => {
    const g = needGroupLabel(p.group);
    const where = p.scope === 'district' ? t(`bydel ${p.key}`, `bydel ${p.key}`, `district ${p.key}`) : t('samme bygg', 'same bygg', 'the same building');
    return t(
      `Grensen for å unngå opphopning er nådd: høyst ${p.cap} boliger i ${where.nb} kan leies ut til husstander i gruppen «${g.nb}»; ${p.alreadyLet} er utleid fra før og ${p.proposedThisRound} er foreslått i denne runden.`,
      `Grensa for å unngå opphoping er nådd: høgst ${p.cap} bustader i ${where.nn} kan leigast ut til hushald i gruppa «${g.nn}»; ${p.alreadyLet} er utleigde frå før og ${p.proposedThisRound} er føreslått i denne runden.`,
      `The limit to avoid concentration is reached: at most ${p.cap} dwellings in ${where.en} may be let to households in the group “${g.en}”; ${p.alreadyLet} are let already and ${p.proposedThisRound} proposed in this round.`,
    );
  },
  // The other household is not named: the exclusion protects someone.
  separation_required: () =>
    t(
      'Av sikkerhetshensyn kan ikke denne husstanden og en annen husstand i runden bo i samme bygg.',
      'Av omsyn til tryggleik kan ikkje dette hushaldet og eit anna hushald i runden bu i same bygg.',
      'For safety reasons this household and another household in the round cannot live in the same building.',
    ),
  lower_joint_weight: (p) =>
    t(
      `Vekten i denne boligen er ${p.weight} mot ${p.proposedWeight} for den foreslåtte husstanden, så det samlede resultatet blir ikke bedre med denne husstanden her.`,
      `Vekta i denne bustaden er ${p.weight} mot ${p.proposedWeight} for det føreslåtte hushaldet, så det samla resultatet blir ikkje betre med dette hushaldet her.`,
      `The weight for this dwelling is ${p.weight} against ${p.proposedWeight} for the proposed household, so the joint result is no better with this household here.`,
    ),
  search_stopped: (p) => {
    const pct = String(Math.round(p.gap * 1000) / 10);
    return t(
      `Søket etter beste fordeling stoppet før det var bevist optimalt (avvik høyst ${pct.replace('.', ',')} %).`,
      `Søket etter beste fordeling stoppa før det var prova optimalt (avvik høgst ${pct.replace('.', ',')} %).`,
      `The search for the best allocation stopped before proving it optimal (gap at most ${pct}%).`,
    );
  },
  vacancy_left_empty: (p) =>
    p.candidates === 0
      ? t(
          'Ingen husstand på ventelisten oppfyller kravene til denne boligen; den står til neste runde.',
          'Ingen hushald på ventelista oppfyller krava til denne bustaden; han står til neste runde.',
          'No household on the waiting list meets this dwelling’s requirements; it waits for the next round.',
        )
      : t(
          `Ingen av de ${p.candidates} mulige husstandene ble foreslått for denne boligen (de er foreslått for andre boliger eller stoppet av en grense); den står til neste runde.`,
          `Ingen av dei ${p.candidates} moglege hushalda vart føreslått for denne bustaden (dei er føreslåtte for andre bustader eller stoppa av ei grense); han står til neste runde.`,
          `None of the ${p.candidates} possible households was proposed for this dwelling (they were proposed elsewhere or stopped by a limit); it waits for the next round.`,
        ),
};

const RENDERERS: Renderers = { ...PRIORITY, ...HARD, ...SOFT, ...ROUND };

/**
 * One reason as a sentence in bokmål (`nb`), nynorsk (`nn`) or English (`en`). Throws RangeError
 * for a code this version does not know (a reason stored by a newer version).
 */
export function explainText(reason: Reason, lang: Language): string {
  const render = (RENDERERS as Readonly<Record<string, ((p: Reason['params']) => Texts) | undefined>>)[reason.code];
  if (render === undefined) throw new RangeError(`unknown reason code: ${String(reason.code)}`);
  return render(reason.params)[lang];
}
