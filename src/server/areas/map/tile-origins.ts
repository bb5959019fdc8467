import { sql } from 'drizzle-orm';
import { tileOrigin } from '../../../domain/map/projection.js';
import { rows, type Db } from '../../platform/db.js';

/**
 * The origins the Content-Security-Policy's img-src allows besides 'self' and data: — exactly
 * the tile layer origins the municipalities have configured (docs/adr/0017-offline-map.md). The
 * CSP header is built per response from this set (helmet directive function), so an admin's change
 * applies from the next page load with no restart. Loaded at start; the map settings write updates
 * it after its transaction commits. One process per database (ARCHITECTURE.md): another process
 * sees a change at its next start.
 */
export class TileOrigins {
  private readonly byMunicipality = new Map<number, string>();

  set(municipalityId: number, url: string | null | undefined): void {
    const origin = url ? tileOrigin(url) : null;
    if (origin === null) this.byMunicipality.delete(municipalityId);
    else this.byMunicipality.set(municipalityId, origin);
  }

  /** The img-src sources, space-separated and sorted ('' when none is configured). */
  sources(): string {
    return [...new Set(this.byMunicipality.values())].sort().join(' ');
  }

  /** Reads every municipality's configured tile URL (as the owner, at start, like the seed's lookups). */
  async load(db: Db): Promise<void> {
    const found = await rows<{ id: number; url: string | null }>(db, sql`select id, settings->>'mapTileUrl' as url from municipality`);
    this.byMunicipality.clear();
    for (const r of found) this.set(r.id, r.url);
  }
}
