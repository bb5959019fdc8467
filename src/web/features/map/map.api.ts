import type { MapData, MapDistrict, MapPoint, TileSettings, TileSettingsBody } from '../../../contracts/map';
import { api } from '../../app/api';

export type { MapData, MapDistrict, MapPoint, TileSettings };

export function getMap(year: number, signal?: AbortSignal): Promise<MapData> {
  return api.get<MapData>(`/api/map?from=${year}-01-01&to=${year}-12-31`, signal);
}

export function getTileSettings(signal?: AbortSignal): Promise<TileSettings> {
  return api.get<TileSettings>('/api/map/settings', signal);
}

export function saveTileSettings(body: TileSettingsBody): Promise<TileSettings> {
  return api.put<TileSettings>('/api/map/settings', body);
}
