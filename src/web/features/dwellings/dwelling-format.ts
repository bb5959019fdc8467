import type { DwellingSummary } from '../../../contracts/dwellings';

/** «Storgata 5 B, H0101» — the address as the property manager reads it on a list. */
export function dwellingAddress(d: Pick<DwellingSummary, 'streetName' | 'houseNumber' | 'houseLetter' | 'unitNumber' | 'extraReference'>): string {
  const street = [d.streetName, [d.houseNumber, d.houseLetter].filter(Boolean).join(' ')].filter(Boolean).join(' ');
  return [street, d.unitNumber, d.extraReference].filter(Boolean).join(', ');
}
