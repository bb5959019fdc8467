/**
 * Demo kommune (9999), priority modelled on Sandnes: «Prioriterte grupper er: økonomisk
 * vanskeligstilte; flyktninger/annen kulturell bakgrunn; personer med lettere/moderate psykiske
 * lidelser; funksjonshemmede med lettere/moderate funksjonsvansker; personer med utfordringer
 * knyttet til rus; unge med sammensatte hjelpebehov» [S: sandnes.kommune.no «Kommunal bolig»,
 * domain.md § 2.2]. Sandnes names the groups but publishes no points, so every number below is
 * ours [I]: the urgency of the housing situation weighs most, each prioritised group adds the
 * same, and children add for «barns beste» (as Oslo's forskrift requires, domain.md § 2.2).
 */
import { text } from '../../eligibility/labels.js';
import type { PriorityRuleSet } from '../priority-types.js';
import type { RuleSource } from '../types.js';

const SANDNES: RuleSource = {
  document: 'Sandnes kommune: Kommunal bolig – prioriterte grupper; Retningslinjer for kommunale gjennomgangsboliger (boligsosial handlingsplan 2016–2022), modell for Demo kommune',
  url: 'https://www.sandnes.kommune.no/helse-sosial/bolig/kommunal-bolig/',
};
const DEMO: RuleSource = { document: 'Demo kommune: poeng for prioritering (Husly-modell, ikke vedtatt) [I]' };
const TYNSET: RuleSource = { document: 'Prioritering etter behov, ikke ventetid (jf. Tynset kommunes søknadsskjema: «Antall måneder på venteliste tillegges ikke betydning»); ventetid bare som likhetsbryter [I]' };

export const DEMO_9999_PRIORITY_V1: PriorityRuleSet = {
  id: 'demo-9999-priority-v1',
  municipality: '9999',
  version: 1,
  /** Fictional start date: the day boligsosial lov took effect (1 July 2023) [I]. */
  effectiveFrom: '2023-07-01',
  source: SANDNES,
  /** Points every approved household starts with [I]. */
  basePoints: 10,
  banding: 'by_points',
  /** Floors in points [I]: A ≈ no dwelling and a prioritised group; C = approved, nothing more. */
  bands: [
    { id: 'A', title: text('Gruppe A – mest akutt', 'Gruppe A – mest akutt', 'Band A – most urgent'), minPoints: 70 },
    { id: 'B', title: text('Gruppe B', 'Gruppe B', 'Band B'), minPoints: 40 },
    { id: 'C', title: text('Gruppe C', 'Gruppe C', 'Band C'), minPoints: 1 },
  ],
  rules: [
    {
      id: 'no-roof',
      kind: 'housingSituation',
      title: text('Uten tak over hodet', 'Utan tak over hovudet', 'Sleeping rough'),
      source: SANDNES,
      /** Points [I]: Sandnes' first condition «mangle bolig» at its most acute. */
      points: 40,
      situations: ['no_roof'],
    },
    {
      id: 'temporary-accommodation',
      kind: 'housingSituation',
      title: text('I midlertidig botilbud', 'I mellombels butilbod', 'In temporary accommodation'),
      source: SANDNES,
      /** Points [I]. */
      points: 30,
      situations: ['emergency_accommodation'],
    },
    {
      id: 'release-without-dwelling',
      kind: 'housingSituation',
      title: text('Løslates eller skrives ut uten bolig', 'Blir lauslaten eller skriven ut utan bustad', 'Released or discharged without a dwelling'),
      source: SANDNES,
      /** Points [I]. */
      points: 25,
      situations: ['prison_release_2m', 'institution_release_2m'],
    },
    {
      id: 'staying-with-others',
      kind: 'housingSituation',
      title: text('Bor midlertidig hos andre', 'Bur mellombels hos andre', 'Staying temporarily with others'),
      source: SANDNES,
      /** Points [I]. */
      points: 20,
      situations: ['staying_with_friends_family'],
    },
    {
      id: 'indefensible-dwelling',
      kind: 'housingSituation',
      title: text('Sosialt eller medisinsk uforsvarlig bolig', 'Sosialt eller medisinsk uforsvarleg bustad', 'Socially or medically indefensible dwelling'),
      source: SANDNES,
      /** Points [I]: Sandnes' «bolig av en slik standard at den er sosialt og/eller medisinsk uforsvarlig». */
      points: 15,
      situations: ['unsuitable_dwelling'],
    },
    {
      id: 'lease-running-out',
      kind: 'housingSituation',
      title: text('Leiekontrakt løper ut', 'Leigekontrakt går ut', 'Lease running out'),
      source: DEMO,
      /** Points [I]: not named by Sandnes; approved only by override there (eligibility demo-9999-v1). */
      points: 10,
      situations: ['time_limited_lease_under_6m'],
    },
    {
      id: 'economically-disadvantaged',
      kind: 'economicallyDisadvantaged',
      title: text('Økonomisk vanskeligstilt', 'Økonomisk vanskeleg stilt', 'Economically disadvantaged'),
      source: SANDNES,
      /** Points [I]: the same for each prioritised group. */
      points: 15,
    },
    {
      id: 'refugee',
      kind: 'needCategory',
      title: text('Flyktning', 'Flyktning', 'Refugee'),
      source: SANDNES,
      /** Points [I]. */
      points: 15,
      categories: ['refugee'],
    },
    {
      id: 'mental-illness',
      kind: 'needCategory',
      title: text('Lettere eller moderate psykiske lidelser', 'Lettare eller moderate psykiske lidingar', 'Mild or moderate mental illness'),
      source: SANDNES,
      /** Points [I]. ROP (mental illness and substance use) counts once, under substance use. */
      points: 15,
      categories: ['mental_illness'],
    },
    {
      id: 'disability',
      kind: 'needCategory',
      title: text('Lettere eller moderate funksjonsvansker', 'Lettare eller moderate funksjonsvanskar', 'Mild or moderate disability'),
      source: SANDNES,
      /** Points [I]: KOSTRA's «tilrettelagt bolig» category stands for Sandnes' group. */
      points: 15,
      categories: ['adapted_dwelling'],
    },
    {
      id: 'substance-use',
      kind: 'needCategory',
      title: text('Utfordringer knyttet til rus', 'Utfordringar knytte til rus', 'Substance use'),
      source: SANDNES,
      /** Points [I]. */
      points: 15,
      categories: ['substance_use', 'mental_illness_and_substance_use'],
    },
    {
      id: 'young-complex-needs',
      kind: 'youngApplicant',
      title: text('Unge med sammensatte hjelpebehov', 'Unge med samansette hjelpebehov', 'Young people with complex needs'),
      source: SANDNES,
      /** Points [I]. Age limit 25 [I]: Sandnes gives none; 18–25 is the usual «ung» in NAV's youth work. */
      points: 15,
      maxAge: 25,
      categories: ['mental_illness', 'substance_use', 'mental_illness_and_substance_use', 'adapted_dwelling'],
    },
    {
      id: 'children',
      kind: 'children',
      title: text('Barn i husstanden', 'Barn i hushaldet', 'Children in the household'),
      source: { document: 'Barns beste (Grunnloven § 104; Oslo kommunes forskrift om tildeling av kommunal bolig, 2024)' },
      /** Points [I]: 15 for having children under 18, plus 5 a child. */
      points: 15,
      pointsPerChild: 5,
      maxAge: 17,
    },
  ],
  waitingTime: { use: 'tie_breaker', source: TYNSET },
  /** A caseworker may set the points with a written reason; 200 is above any computed sum [I]. */
  override: { allowed: true, maxPoints: 200, source: DEMO },
};
