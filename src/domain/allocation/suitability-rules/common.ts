/** Parts the built-in suitability rule sets share; each set names its own sources for the rest. */
import type { BedroomNormRow } from '../suitability-types.js';
import type { RuleSource } from '../types.js';

/**
 * Bedrooms by household size [I]: one bedroom per couple or adult and at most two children a
 * room, with one room's slack either way. No national norm was found; Husbanken's vedtak advice
 * only says the decision states the approximate size (domain.md § 1.2). 0 = one-room dwelling.
 */
export const BEDROOM_NORM_ROWS: readonly BedroomNormRow[] = [
  { persons: 1, minBedrooms: 0, maxBedrooms: 1, idealBedrooms: 1 },
  { persons: 2, minBedrooms: 1, maxBedrooms: 2, idealBedrooms: 1 },
  { persons: 3, minBedrooms: 2, maxBedrooms: 3, idealBedrooms: 2 },
  { persons: 4, minBedrooms: 2, maxBedrooms: 3, idealBedrooms: 3 },
  { persons: 5, minBedrooms: 3, maxBedrooms: 4, idealBedrooms: 3 },
  { persons: 6, minBedrooms: 3, maxBedrooms: 5, idealBedrooms: 4 },
];

export const BEDROOM_NORM_SOURCE: RuleSource = { document: 'Husly-modell for soveromsnorm etter husstandens størrelse (ikke vedtatt) [I]' };

/** Where «unngå opphopning» comes from [R]; the caps themselves are ours [I]. */
export const CONCENTRATION_SOURCE: RuleSource = {
  document: 'Bolig for velferd – nasjonal strategi for boligsosialt arbeid (2014–2020): gode bomiljø, unngå opphopning av vanskeligstilte [R]; grensene er Husly-modell [I]',
};

