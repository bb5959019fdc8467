import type { LocalizedText } from '../eligibility/types.js';

/**
 * The fidelity self-assessment scale for Housing First (troskapsmåling), as data.
 *
 * Pathways Housing First Fidelity Scale (Stefancic, Tsemberis et al. 2013), docs/domain.md § 7:
 * five domains — Housing Process and Structure; Separation of Housing and Services; Service
 * Philosophy; Service Array; Program Structure (the domain names are confirmed by Gilmer et al.
 * 2013 [S]); every item rated 1–4; «commonly 3.5+ high fidelity, below 3 low» [R].
 * The published ACT version has about 38 items (docs/domain.md [R]; the At Home/Chez Soi
 * validation reports a range of 38–152, Psychiatric Services 67(1) 2016 [S]).
 *
 * [R] The items below are NOT the published item list. docs/domain.md does not give it, so
 * this is a condensed set per domain, written from memory of the scale's content; the item count
 * is ours. Check the wording, the number of items and the cut-offs against the published scale
 * before using the scores for anything but the team's own reflection. A corrected scale gets a
 * new `version` (assessments keep the version they were made with).
 */

export const FIDELITY_DOMAIN_IDS = ['housing_process', 'separation', 'service_philosophy', 'service_array', 'program_structure'] as const;
export type FidelityDomainId = (typeof FIDELITY_DOMAIN_IDS)[number];

export interface FidelityItem {
  /** Stable id, unique within the scale: `<domain>.<item>`. */
  readonly id: string;
  readonly text: LocalizedText;
}

export interface FidelityDomain {
  readonly id: FidelityDomainId;
  readonly name: LocalizedText;
  readonly items: readonly FidelityItem[];
}

export interface FidelityScale {
  readonly version: string;
  readonly name: LocalizedText;
  /** Lowest and highest item score. */
  readonly min: number;
  readonly max: number;
  /** Scores at or above `high` are high fidelity, below `low` low [R]. */
  readonly bands: { readonly high: number; readonly low: number };
  readonly domains: readonly FidelityDomain[];
}

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });
const item = (domain: FidelityDomainId, key: string, text: LocalizedText): FidelityItem => ({ id: `${domain}.${key}`, text });

const HOUSING: FidelityDomainId = 'housing_process';
const SEPARATION: FidelityDomainId = 'separation';
const PHILOSOPHY: FidelityDomainId = 'service_philosophy';
const ARRAY: FidelityDomainId = 'service_array';
const STRUCTURE: FidelityDomainId = 'program_structure';

/** [R] Condensed from the Pathways scale's content; see the file comment. */
export const PATHWAYS_CONDENSED_V1: FidelityScale = {
  version: 'pathways-condensed-1',
  name: t('Pathways Housing First – troskapsmåling (forenklet)', 'Pathways Housing First – truskapsmåling (forenkla)', 'Pathways Housing First fidelity (condensed)'),
  min: 1,
  max: 4,
  bands: { high: 3.5, low: 3 },
  domains: [
    {
      id: HOUSING,
      name: t('Boligprosess og struktur', 'Bustadprosess og struktur', 'Housing process and structure'),
      items: [
        item(HOUSING, 'choice', t('Deltakeren velger selv bolig og bydel', 'Deltakaren vel sjølv bustad og bydel', 'The participant chooses the dwelling and the area')),
        item(HOUSING, 'availability', t('Deltakeren får bolig raskt etter inntak', 'Deltakaren får bustad raskt etter inntak', 'The participant is housed soon after enrolment')),
        item(HOUSING, 'permanent', t('Boligen er varig, ikke tidsbegrenset som et tiltak', 'Bustaden er varig, ikkje tidsavgrensa som eit tiltak', 'The housing is permanent, not time-limited as a programme')),
        item(HOUSING, 'affordable', t('Husleien er overkommelig ut fra inntekten', 'Husleiga er overkomeleg ut frå inntekta', 'The rent is affordable for the participant’s income')),
        item(HOUSING, 'scattered', t('Boligene er spredt i vanlige bomiljøer', 'Bustadene er spreidde i vanlege bumiljø', 'Dwellings are scattered in ordinary neighbourhoods')),
        item(HOUSING, 'privacy', t('Deltakeren har egen bolig uten delte rom med andre', 'Deltakaren har eigen bustad utan delte rom med andre', 'The participant has a private home without shared rooms')),
      ],
    },
    {
      id: SEPARATION,
      name: t('Skille mellom bolig og tjenester', 'Skilje mellom bustad og tenester', 'Separation of housing and services'),
      items: [
        item(SEPARATION, 'no_readiness', t('Ingen krav om «boevne», rusfrihet eller behandling for å få bolig', 'Ingen krav om «buevne», rusfridom eller behandling for å få bustad', 'No readiness, sobriety or treatment requirement to get housing')),
        item(SEPARATION, 'no_conditions', t('Leieforholdet er ikke betinget av å ta imot tjenester', 'Leigeforholdet er ikkje vilkåra av å ta imot tenester', 'The tenancy does not depend on accepting services')),
        item(SEPARATION, 'standard_lease', t('Deltakeren har vanlig leiekontrakt med rettigheter etter husleieloven', 'Deltakaren har vanleg leigekontrakt med rettar etter husleigelova', 'The participant has a standard lease with tenancy rights')),
        item(SEPARATION, 'rehousing', t('Programmet skaffer ny bolig hvis boligen går tapt', 'Programmet skaffar ny bustad om bustaden går tapt', 'The programme rehouses a participant who loses the dwelling')),
        item(SEPARATION, 'continuity', t('Oppfølgingen fortsetter om deltakeren mister boligen', 'Oppfølginga held fram om deltakaren mistar bustaden', 'Services continue through a loss of housing')),
        item(SEPARATION, 'off_site', t('Tjenestene er mobile og ikke knyttet til boligen', 'Tenestene er mobile og ikkje knytte til bustaden', 'Services are mobile and not located at the housing')),
      ],
    },
    {
      id: PHILOSOPHY,
      name: t('Tjenestefilosofi', 'Tenestefilosofi', 'Service philosophy'),
      items: [
        item(PHILOSOPHY, 'service_choice', t('Deltakeren bestemmer hvilke tjenester, når og hvor mye', 'Deltakaren bestemmer kva tenester, når og kor mykje', 'The participant decides the type, timing and intensity of services')),
        item(PHILOSOPHY, 'no_mental_health_requirement', t('Ingen krav om psykisk helsebehandling', 'Ingen krav om psykisk helsebehandling', 'No requirement to take part in mental-health treatment')),
        item(PHILOSOPHY, 'no_substance_requirement', t('Ingen krav om rusbehandling', 'Ingen krav om rusbehandling', 'No requirement to take part in substance-use treatment')),
        item(PHILOSOPHY, 'harm_reduction', t('Skadereduksjon er grunnlaget for arbeidet med rus', 'Skadereduksjon er grunnlaget for arbeidet med rus', 'Harm reduction guides the work on substance use')),
        item(PHILOSOPHY, 'motivational', t('Teamet bruker motiverende samtaler', 'Teamet brukar motiverande samtalar', 'The team uses motivational interviewing')),
        item(PHILOSOPHY, 'no_coercion', t('Oppsøkende og vedvarende kontakt uten tvang', 'Oppsøkjande og varig kontakt utan tvang', 'Assertive engagement without coercion')),
        item(PHILOSOPHY, 'person_centred', t('Planene bygger på deltakerens egne mål', 'Planane byggjer på måla til deltakaren', 'Plans build on the participant’s own goals')),
        item(PHILOSOPHY, 'life_areas', t('Tjenestene dekker mange livsområder', 'Tenestene dekkjer mange livsområde', 'Services address a broad range of life areas')),
      ],
    },
    {
      id: ARRAY,
      name: t('Tjenestespekter', 'Tenestespekter', 'Service array'),
      items: [
        item(ARRAY, 'housing_support', t('Hjelp til å mestre boforholdet', 'Hjelp til å meistre buforholdet', 'Support to keep the tenancy')),
        item(ARRAY, 'mental_health', t('Psykisk helsehjelp', 'Psykisk helsehjelp', 'Mental-health services')),
        item(ARRAY, 'substance_use', t('Rusbehandling tilpasset deltakeren', 'Rusbehandling tilpassa deltakaren', 'Substance-use treatment suited to the participant')),
        item(ARRAY, 'employment_education', t('Arbeid, utdanning og aktivitet', 'Arbeid, utdanning og aktivitet', 'Employment, education and activity')),
        item(ARRAY, 'medical', t('Somatisk helsehjelp', 'Somatisk helsehjelp', 'Medical and nursing services')),
        item(ARRAY, 'social_integration', t('Sosial inkludering og nettverk', 'Sosial inkludering og nettverk', 'Social integration and network')),
        item(ARRAY, 'crisis_24h', t('Krisehjelp hele døgnet', 'Krisehjelp heile døgeret', '24-hour crisis coverage')),
      ],
    },
    {
      id: STRUCTURE,
      name: t('Programstruktur', 'Programstruktur', 'Program structure'),
      items: [
        item(STRUCTURE, 'priority_enrolment', t('Inntaket prioriterer dem med størst hindringer for å bo', 'Inntaket prioriterer dei med størst hinder for å bu', 'Enrolment gives priority to those with the greatest obstacles to housing')),
        item(STRUCTURE, 'contact', t('Hyppig kontakt med deltakerne', 'Hyppig kontakt med deltakarane', 'Frequent contact with participants')),
        item(STRUCTURE, 'ratio', t('Få deltakere per ansatt', 'Få deltakarar per tilsett', 'Low participant-to-staff ratio')),
        item(STRUCTURE, 'team', t('Teamet deler ansvaret for alle deltakerne', 'Teamet deler ansvaret for alle deltakarane', 'The team shares responsibility for all participants')),
        item(STRUCTURE, 'meetings', t('Faste teammøter med gjennomgang av deltakerne', 'Faste teammøte med gjennomgang av deltakarane', 'Regular team meetings reviewing participants')),
        item(STRUCTURE, 'participant_voice', t('Deltakere og erfaringskonsulenter påvirker programmet', 'Deltakarar og erfaringskonsulentar påverkar programmet', 'Participants and peer specialists influence the programme')),
      ],
    },
  ],
};

/** Every scale an assessment may have been made with, newest last. */
export const FIDELITY_SCALES: readonly FidelityScale[] = [PATHWAYS_CONDENSED_V1];

/** The scale new assessments use. */
export const CURRENT_FIDELITY_SCALE: FidelityScale = PATHWAYS_CONDENSED_V1;

export function findFidelityScale(version: string): FidelityScale | undefined {
  return FIDELITY_SCALES.find((s) => s.version === version);
}

/** Every item id of the scale, in order. */
export const fidelityItemIds = (scale: FidelityScale): string[] => scale.domains.flatMap((d) => d.items.map((i) => i.id));
