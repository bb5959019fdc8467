/** Reading list filters and the page offset from the URL query of a log page. */

export const PAGE_SIZE = 50;

export function readFilters<N extends string>(query: URLSearchParams, names: readonly N[]): Record<N, string> {
  const filters = {} as Record<N, string>;
  for (const name of names) filters[name] = query.get(name)?.trim() ?? '';
  return filters;
}

export function readOffset(query: URLSearchParams): number {
  const offset = Number(query.get('offset'));
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}
