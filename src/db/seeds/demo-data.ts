import type { Role } from '../../domain/access/roles.js';

/** Fixed seed for the demo data: same input, same municipality, every time. */
export const DEMO_SEED = 20_261_121;

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  language: 'nb' | 'nn';
}

export interface DemoMunicipality {
  kommunenummer: string;
  name: string;
  inhabitants: number;
  districtNames: readonly string[];
  users: readonly DemoUser[];
}

/**
 * Demo kommune is sized like Sandnes in the seed articles (about 75 000 inhabitants,
 * 12 districts); Nabo kommune is small and exists to prove tenant isolation.
 * Both are fictional; kommunenummer 99xx is not used by SSB.
 */
export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  {
    kommunenummer: '9999',
    name: 'Demo kommune',
    inhabitants: 75_000,
    districtNames: ['Sentrum', 'Havna', 'Nordbyen', 'Sørbyen', 'Vestre', 'Østre', 'Skogly', 'Bakken', 'Lia', 'Moen', 'Strand', 'Fjellet'],
    users: [
      { username: 'saksbehandler', displayName: 'Sara Saksbehandler', role: 'caseworker', language: 'nb' },
      { username: 'nav', displayName: 'Nils NAV-veileder', role: 'nav_adviser', language: 'nb' },
      { username: 'oppfolging', displayName: 'Olav Oppfølging', role: 'followup', language: 'nn' },
      { username: 'spesialist', displayName: 'Siri Spesialisthelse', role: 'specialist_health', language: 'nb' },
      { username: 'bomiljo', displayName: 'Berit Bomiljø', role: 'neighbourhood', language: 'nb' },
      { username: 'forvalter', displayName: 'Frode Forvalter', role: 'property_manager', language: 'nb' },
      { username: 'leder', displayName: 'Lene Leder', role: 'manager', language: 'nb' },
      { username: 'politiker', displayName: 'Per Politiker', role: 'politician', language: 'nb' },
      { username: 'admin', displayName: 'Anne Admin', role: 'admin', language: 'nb' },
    ],
  },
  {
    kommunenummer: '9998',
    name: 'Nabo kommune',
    inhabitants: 5_200,
    districtNames: ['Sentrum', 'Bygda', 'Øya'],
    users: [{ username: 'nabo', displayName: 'Nora Nabo', role: 'caseworker', language: 'nn' }],
  },
];

export const DEMO_PASSWORD = 'demo';

/**
 * Splits `total` inhabitants over the districts with weights from the rng, so the
 * districts differ in size but always add up to the municipality's total.
 */
export function splitInhabitants(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - shares.reduce((a, b) => a + b, 0);
  shares[0] = (shares[0] ?? 0) + rest;
  return shares;
}
