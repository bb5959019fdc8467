/**
 * Demo kommune (9999), modelled on Sandnes: «Retningslinjer for kommunale gjennomgangsboliger»,
 * based on the boligsosial handlingsplan 2016–2022 [S: sandnes.kommune.no «Kommunal bolig»,
 * summarised in docs domain.md § 2.2]. All five conditions must be met; exceptions are allowed
 * for «åpenbart urimelig utslag», so every rule is overridable with a written reason.
 */
import { text } from '../labels.js';
import type { RuleSet, RuleSource } from '../types.js';

const SANDNES: RuleSource = {
  document: 'Sandnes kommune: Retningslinjer for kommunale gjennomgangsboliger (boligsosial handlingsplan 2016–2022), modell for Demo kommune',
};

export const DEMO_9999_V1: RuleSet = {
  id: 'demo-9999-v1',
  municipality: '9999',
  version: 1,
  /** Fictional start date: the day boligsosial lov took effect (1 July 2023) [I]. */
  effectiveFrom: '2023-07-01',
  source: SANDNES,
  /** Months. Sandnes: approval as «vanskeligstilt boligsøker» is valid for 12 months [S]. */
  validityMonths: 12,
  rules: [
    {
      id: 'housing-situation',
      kind: 'housingSituation',
      title: text('Uten bolig eller i uforsvarlig bolig', 'Utan bustad eller i uforsvarleg bustad', 'No dwelling, or an indefensible one'),
      source: SANDNES,
      overridable: true,
      // «Ingen bolig» = the five homelessness categories; «sosialt eller helsemessig uforsvarlig» = unsuitable_dwelling.
      // A lease running out is not named by Sandnes, so it is left to an override [I].
      accepted: ['no_roof', 'emergency_accommodation', 'prison_release_2m', 'institution_release_2m', 'staying_with_friends_family', 'unsuitable_dwelling'],
    },
    {
      id: 'unable-to-obtain',
      kind: 'unableToObtainHousing',
      title: text('Kan ikke skaffe bolig selv', 'Kan ikkje skaffe bustad sjølv', 'Unable to obtain a dwelling'),
      // Sandnes «kan kreve» proof of own attempts; Demo always asks for it, and an override covers the rest [I].
      source: SANDNES,
      overridable: true,
    },
    {
      id: 'lease-terms',
      kind: 'canMeetLeaseTerms',
      title: text('Boevne', 'Buevne', 'Able to meet lease terms'),
      source: SANDNES,
      overridable: true,
      withSupport: true,
    },
    {
      id: 'min-age',
      kind: 'minAge',
      title: text('Alder', 'Alder', 'Age'),
      source: SANDNES,
      overridable: true,
      /** Years. Sandnes: at least 18 [S]. */
      years: 18,
      exceptWithDailyCareOfChildren: false,
    },
    {
      id: 'lawful-residence',
      kind: 'lawfulResidence',
      title: text('Lovlig opphold', 'Lovleg opphald', 'Lawful residence'),
      source: SANDNES,
      overridable: true,
      // Every lawful ground; asylum seekers are left out because boligsosial lov § 2 b excludes
      // those who have state accommodation [I].
      accepted: ['citizen', 'permanent_residence', 'refugee', 'humanitarian', 'eea_registered', 'temporary_permit'],
    },
  ],
};
