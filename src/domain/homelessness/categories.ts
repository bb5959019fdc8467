import { HOUSING_SITUATIONS } from '../eligibility/types.js';

/**
 * The five categories of the national definition of homelessness (NIBR/OsloMet for Husbanken,
 * domain.md § 6.2): the first five HOUSING_SITUATIONS, in the count form's order.
 */
export const HOMELESS_CATEGORIES = HOUSING_SITUATIONS.slice(0, 5) as unknown as readonly [
  'no_roof',
  'emergency_accommodation',
  'prison_release_2m',
  'institution_release_2m',
  'staying_with_friends_family',
];
export type HomelessCategory = (typeof HOMELESS_CATEGORIES)[number];

export const isHomelessCategory = (value: string | null | undefined): value is HomelessCategory =>
  value != null && (HOMELESS_CATEGORIES as readonly string[]).includes(value);

export const CATEGORY_LABELS: Readonly<Record<HomelessCategory, { nb: string; nn: string; en: string }>> = {
  no_roof: { nb: 'Uten tak over hodet kommende natt', nn: 'Utan tak over hovudet komande natt', en: 'Without a roof over their head the coming night' },
  emergency_accommodation: {
    nb: 'Akutt eller midlertidig botilbud',
    nn: 'Akutt eller mellombels butilbod',
    en: 'Emergency or temporary accommodation',
  },
  prison_release_2m: {
    nb: 'I fengsel, løslates innen to måneder uten bolig',
    nn: 'I fengsel, lauslatne innan to månader utan bustad',
    en: 'In prison, released within two months without a dwelling',
  },
  institution_release_2m: {
    nb: 'I institusjon, utskrives innen to måneder uten bolig',
    nn: 'I institusjon, skrivne ut innan to månader utan bustad',
    en: 'In an institution, discharged within two months without a dwelling',
  },
  staying_with_friends_family: {
    nb: 'Bor midlertidig hos venner, kjente eller slektninger',
    nn: 'Bur mellombels hos vener, kjende eller slektningar',
    en: 'Staying temporarily with friends, acquaintances or relatives',
  },
};
