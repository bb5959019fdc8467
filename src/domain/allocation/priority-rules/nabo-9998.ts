/**
 * Nabo kommune (9998), priority modelled on Bergen's situations «uten egnet bolig» (bystyresak
 * 268/16 of 19 October 2016) [S: bergen.kommune.no «Kommunale utleieboliger», domain.md § 2.2]:
 * living temporarily with others, in a hospits or an institution; a time-limited lease without
 * right of renewal with less than six months left; a dwelling clearly unsuitable for health or
 * family reasons. Bergen publishes the situations, not an order between them, so the three bands
 * (most acute first) and the points within a band are ours [I]. Waiting time is ignored; ties are
 * broken by the round's seeded lottery [I].
 */
import { text } from '../../eligibility/labels.js';
import type { PriorityRuleSet } from '../priority-types.js';
import type { RuleSource } from '../types.js';

const BERGEN: RuleSource = {
  document: 'Bergen kommune: Kriterier for kommunal utleiebolig, bystyresak 268/16 (19.10.2016), «uten egnet bolig», modell for Nabo kommune',
};
const NABO: RuleSource = { document: 'Nabo kommune: prioritetsgrupper og poeng innen gruppe (Husly-modell, ikke vedtatt) [I]' };

export const NABO_9998_PRIORITY_V1: PriorityRuleSet = {
  id: 'nabo-9998-priority-v1',
  municipality: '9998',
  version: 1,
  /** Fictional start date: the day boligsosial lov took effect (1 July 2023) [I]. */
  effectiveFrom: '2023-07-01',
  source: BERGEN,
  /** Points within a band start here [I]. */
  basePoints: 1,
  banding: 'by_rule',
  /** Band floors [I], 100 apart so points within a band (at most about 60) never reach the next. */
  bands: [
    { id: 'A', title: text('Gruppe A – uten bolig', 'Gruppe A – utan bustad', 'Band A – no dwelling'), minPoints: 300 },
    { id: 'B', title: text('Gruppe B – midlertidig hos andre eller kontrakt ut', 'Gruppe B – mellombels hos andre eller kontrakt ut', 'Band B – staying with others or lease ending'), minPoints: 200 },
    { id: 'C', title: text('Gruppe C – uegnet bolig', 'Gruppe C – ueigna bustad', 'Band C – unsuitable dwelling'), minPoints: 100 },
  ],
  rules: [
    {
      id: 'no-dwelling',
      kind: 'housingSituation',
      title: text('Uten bolig: gate, hospits, institusjon, løslatelse', 'Utan bustad: gate, hospits, institusjon, lauslating', 'No dwelling: street, hostel, institution, release'),
      source: BERGEN,
      // Hospits and institution [S]; sleeping rough and release from prison are not named by Bergen [I].
      points: 0,
      band: 'A',
      situations: ['no_roof', 'emergency_accommodation', 'institution_release_2m', 'prison_release_2m'],
    },
    {
      id: 'sleeping-rough',
      kind: 'housingSituation',
      title: text('Uten tak over hodet', 'Utan tak over hovudet', 'Sleeping rough'),
      source: NABO,
      /** Points [I]: first within band A. */
      points: 20,
      situations: ['no_roof'],
    },
    {
      id: 'with-others-or-lease-ending',
      kind: 'housingSituation',
      title: text('Midlertidig hos andre, eller kontrakt med under seks måneder igjen', 'Mellombels hos andre, eller kontrakt med under seks månader att', 'Staying with others, or a lease with under six months left'),
      source: BERGEN,
      points: 0,
      band: 'B',
      situations: ['staying_with_friends_family', 'time_limited_lease_under_6m'],
    },
    {
      id: 'unsuitable-dwelling',
      kind: 'housingSituation',
      title: text('Klart uegnet bolig av helsemessige eller familiære grunner', 'Klart ueigna bustad av helsemessige eller familiære grunnar', 'Dwelling clearly unsuitable for health or family reasons'),
      source: BERGEN,
      points: 0,
      band: 'C',
      situations: ['unsuitable_dwelling'],
    },
    {
      id: 'children',
      kind: 'children',
      title: text('Barn i husstanden', 'Barn i hushaldet', 'Children in the household'),
      source: { document: 'Barns beste (Grunnloven § 104) [I]' },
      /** Points [I]: 20 for having children under 18, plus 5 a child, at most about 40 in practice. */
      points: 20,
      pointsPerChild: 5,
      maxAge: 17,
    },
    {
      id: 'health-needs',
      kind: 'specialNeeds',
      title: text('Helsemessige behov for tilpasset bolig', 'Helsemessige behov for tilpassa bustad', 'Health needs for an adapted dwelling'),
      source: NABO,
      /** Points [I]: suitable dwellings are scarce for them, so they wait longer without it. */
      points: 10,
      needs: ['wheelchair', 'staffed'],
    },
  ],
  waitingTime: { use: 'ignored', source: NABO },
  /** Points up to 399 [I]: an override can move a household into band A but not above its range. */
  override: { allowed: true, maxPoints: 399, source: NABO },
};
