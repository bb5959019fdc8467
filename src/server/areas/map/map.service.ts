import type { MapData, TileSettings, TileSettingsBody } from '../../../contracts/map.js';
import { NEED_CATEGORIES } from '../../../domain/cases/case-types.js';
import { asAreaGeometry } from '../../../domain/map/geometry.js';
import { concentrationFigures, municipalShare, per1000, shown } from '../../../domain/map/figures.js';
import { isTileTemplate } from '../../../domain/map/projection.js';
import { suppressSmallCount } from '../../../domain/statistics/suppression.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import * as allocationRepo from '../allocation/allocation.repo.js';
import { ruleSetsFor, toOccupancy } from '../allocation/round-input.js';
import { assertAllowed, canSeeMap, canSetTiles, seesAddresses } from './map.policy.js';
import * as repo from './map.repo.js';
import type { TileOrigins } from './tile-origins.js';

/**
 * The district map (issue 7 § 5): figures per district, the dwellings as points and the tile
 * layer settings. The concentration figure is the allocation round's own: the suitability rules'
 * district limits measured with the same occupancy (allocation.repo occupancy and stockCounts).
 */

const GROUPS = [...NEED_CATEGORIES, 'unknown'] as const;
type Group = (typeof GROUPS)[number];

const fieldError = (path: string, code: string, messageKey: MessageKey) => new AppError('validation_failed', 'error.validation_failed', [{ path, code, messageKey }]);

/** The map for the period `from`–`to` (default: this year to today). @throws forbidden, validation_failed (to before from). */
export async function getMap(ctx: ServiceContext, query: { from?: string | undefined; to?: string | undefined }): Promise<MapData> {
  assertAllowed(ctx.actor, canSeeMap);
  const today = todayOf(ctx);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (to < from) throw fieldError('to', 'before_from', 'field.person.end_before_start');
  const { municipalityId, kommunenummer } = ctx.actor;
  const addresses = seesAddresses(ctx.actor.role);
  return ctx.transaction(async (tx) => {
    const m = await repo.municipalityRow(tx, municipalityId);
    const districts = await repo.districts(tx, municipalityId);
    const stock = await allocationRepo.stockCounts(tx, municipalityId, today);
    const occupancy = toOccupancy(await allocationRepo.occupancy(tx, municipalityId, today), stock);
    const occupancyOf = new Map(occupancy.filter((o) => o.scope === 'district').map((o) => [o.key, o]));
    const limits = ruleSetsFor(kommunenummer, today).suitability.concentrationLimits.filter((l) => l.scope === 'district');
    const allocated = await repo.allocations(tx, municipalityId, from, to);
    const points = await repo.points(tx, municipalityId, today);
    const withheld = points.filter((p) => p.protected).length;
    return {
      from,
      to,
      today,
      municipality: { name: m?.name ?? '', inhabitants: m?.inhabitants ?? 0 },
      districts: districts.map((d) => {
        const municipalDwellings = stock.find((s) => s.scope === 'district' && s.key === d.code)?.count ?? 0;
        const byGroup = new Map<Group, number>();
        for (const a of allocated.filter((x) => x.districtCode === d.code)) {
          const g: Group = (GROUPS as readonly string[]).includes(a.needCategory ?? '') ? (a.needCategory as Group) : 'unknown';
          byGroup.set(g, (byGroup.get(g) ?? 0) + a.count);
        }
        const total = [...byGroup.values()].reduce((s, n) => s + n, 0);
        const geometry = asAreaGeometry(d.boundary);
        return {
          code: d.code,
          name: d.name,
          inhabitants: d.inhabitants,
          boundary: geometry === null ? null : (JSON.parse(JSON.stringify(geometry)) as MapData['districts'][number]['boundary']),
          municipalDwellings,
          per1000: per1000(municipalDwellings, d.inhabitants),
          dwellingsTotal: d.dwellingsTotal,
          municipalShare: municipalShare(municipalDwellings, d.dwellingsTotal),
          allocations: shown(total),
          allocationsByNeedGroup: GROUPS.map((group) => ({ group, count: shown(byGroup.get(group) ?? 0) })),
          concentration: concentrationFigures(limits, d.code, occupancyOf.get(d.code)).map((c) => {
            const limit = limits.find((l) => l.id === c.limitId)!;
            return { ...c, title: { nb: limit.title.nb, nn: limit.title.nn, en: limit.title.en } };
          }),
        };
      }),
      points: points
        .filter((p) => !p.protected)
        .map((p) => ({
          id: p.id,
          latitude: Number(p.latitude),
          longitude: Number(p.longitude),
          districtCode: p.districtCode,
          status: p.status,
          disposalForm: p.disposalForm,
          address: addresses ? p.address : null,
        })),
      pointsWithheld: suppressSmallCount(withheld),
      tiles: tilesOf(m?.settings ?? {}),
    };
  });
}

const tilesOf = (s: { mapTileUrl?: string; mapTileAttribution?: string }): TileSettings => ({ url: s.mapTileUrl ?? null, attribution: s.mapTileAttribution ?? null });

/** The tile settings (the admin's form). @throws forbidden. */
export async function getTileSettings(ctx: ServiceContext): Promise<TileSettings> {
  assertAllowed(ctx.actor, canSetTiles);
  return ctx.transaction(async (tx) => tilesOf(await repo.settings(tx, ctx.actor.municipalityId)));
}

/**
 * Sets or clears the tile layer (an https XYZ template with {z}, {x}, {y}) and its attribution;
 * audited (`map.tiles_changed`) in the same transaction, as husly_app under row-level security:
 * the app may update the settings column of its own municipality's row only (migrations 0013/0014,
 * docs/adr/0017). Updates `origins` (the CSP's img-src) after the commit.
 * @throws forbidden, validation_failed.
 */
export async function setTileSettings(origins: TileOrigins, ctx: ServiceContext, body: TileSettingsBody): Promise<TileSettings> {
  assertAllowed(ctx.actor, canSetTiles);
  const url = body.mapTileUrl === null || body.mapTileUrl === '' ? null : body.mapTileUrl;
  const attribution = body.mapTileAttribution === null || body.mapTileAttribution === '' ? null : body.mapTileAttribution;
  const errors: Array<{ path: string; code: string; messageKey: MessageKey }> = [];
  if (url !== null && !isTileTemplate(url)) errors.push({ path: 'mapTileUrl', code: 'tile_url', messageKey: 'field.map.tile_url' });
  if (url === null && attribution !== null) errors.push({ path: 'mapTileAttribution', code: 'attribution_without_url', messageKey: 'field.map.attribution_without_url' });
  if (errors.length > 0) throw new AppError('validation_failed', 'error.validation_failed', errors);
  const { municipalityId } = ctx.actor;
  const result = await ctx.transaction(async (tx) => {
    const before = await repo.settings(tx, municipalityId);
    const next: Record<string, unknown> = { ...before };
    delete next.mapTileUrl;
    delete next.mapTileAttribution;
    if (url !== null) next.mapTileUrl = url;
    if (attribution !== null) next.mapTileAttribution = attribution;
    await repo.updateSettings(tx, municipalityId, next);
    await recordEvent(tx, ctx, {
      type: 'map.tiles_changed',
      subjectType: 'municipality',
      subjectId: String(municipalityId),
      data: { before: { url: before.mapTileUrl ?? null, attribution: before.mapTileAttribution ?? null }, after: { url, attribution } },
    });
    return { url, attribution };
  });
  origins.set(municipalityId, result.url);
  return result;
}
