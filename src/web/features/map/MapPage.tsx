import { Button, Checkbox, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { NEED_CATEGORIES } from '../../../domain/cases/case-types';
import { asAreaGeometry, boundsOf, labelPoint, polygonsOf, type AreaGeometry, type Bounds } from '../../../domain/map/geometry';
import { fitProjection, tilesCovering, tileUrl, tileZoomFor, type FittedProjection } from '../../../domain/map/projection';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { RadioGroup } from '../../components/Choices';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { classBreaks, classOf, NO_VALUE_FILL, SUPPRESSED_FILL, type ChoroplethClass } from './choropleth';
import { getMap, type MapData, type MapDistrict } from './map.api';
import './map.css';

type Measure = 'per1000' | 'share' | 'allocations';
type View = 'map' | 'table';
type Locale = readonly string[];

/** The map's drawing width in SVG units; the SVG scales to its container (a phone too). */
const WIDTH = 800;

const parseYear = (text: string | null): number | undefined => (text && /^\d{4}$/.test(text) ? Number(text) : undefined);

/**
 * The district map (issue 7 § 5): the districts drawn from their bundled boundaries with no tile
 * server (a configured tile layer goes under them), coloured by the chosen measure with every
 * value printed on its district, districts focusable by keyboard with their figures in a panel,
 * the dwellings as points, a text alternative and a table of every figure.
 */
export function MapPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const thisYear = new Date().getFullYear();
  const year = parseYear(query.get('ar')) ?? thisYear;
  const data = useResource(`map:${year}`, (signal) => getMap(year, signal));
  return (
    <Page title={t.map.title}>
      <Paragraph className="lead">{t.map.intro}</Paragraph>
      <YearPicker year={year} thisYear={thisYear} />
      <ResourceView resource={data}>{(d) => <MapView data={d} year={year} />}</ResourceView>
    </Page>
  );
}

/** A year to show: a small form, so nothing changes before the user asks (WCAG 3.2.2). */
function YearPicker({ year, thisYear }: { year: number; thisYear: number }) {
  const m = useI18n().t.map;
  const [value, setValue] = useState(String(year));
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4];
  if (!years.includes(year)) years.push(year);
  return (
    <form
      className="filter-form"
      aria-labelledby="map-year-heading"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(`${paths.map}?ar=${value}`);
      }}
    >
      <Heading level={2} data-size="xs" id="map-year-heading">
        {m.periodHeading}
      </Heading>
      <div className="search-row">
        <SelectField id="map-year" label={m.year} value={value} onChange={setValue} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <Button type="submit" variant="secondary">
          {m.showYear}
        </Button>
      </div>
    </form>
  );
}

/** The district's value for the measure: a number, «<5» (suppressed) or unknown. */
type Value = { kind: 'number'; value: number } | { kind: 'suppressed' } | { kind: 'none' };

function valueOf(d: MapDistrict, measure: Measure): Value {
  if (measure === 'per1000') return d.per1000 === null ? { kind: 'none' } : { kind: 'number', value: d.per1000 };
  if (measure === 'share') return d.municipalShare === null ? { kind: 'none' } : { kind: 'number', value: d.municipalShare };
  return d.allocations.value === null ? { kind: 'suppressed' } : { kind: 'number', value: d.allocations.value };
}

const percent = (locale: Locale, share: number) => new Intl.NumberFormat([...locale], { style: 'percent', maximumFractionDigits: 1 }).format(share);
const decimal = (locale: Locale, n: number) => new Intl.NumberFormat([...locale], { maximumFractionDigits: 1 }).format(n);

function numberText(locale: Locale, measure: Measure, n: number): string {
  if (measure === 'share') return percent(locale, n);
  if (measure === 'per1000') return decimal(locale, n);
  return formatNumber(locale, n);
}

function MapView({ data, year }: { data: MapData; year: number }) {
  const { t, locale } = useI18n();
  const m = t.map;
  const [measure, setMeasure] = useState<Measure>('per1000');
  const [view, setView] = useState<View>('map');
  const [showPoints, setShowPoints] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);

  const valueText = (d: MapDistrict, which: Measure = measure): string => {
    const v = valueOf(d, which);
    return v.kind === 'number' ? numberText(locale, which, v.value) : v.kind === 'suppressed' ? d.allocations.shown : m.unknown;
  };
  const classes = useMemo(
    () => classBreaks(data.districts.flatMap((d) => { const v = valueOf(d, measure); return v.kind === 'number' ? [v.value] : []; })),
    [data.districts, measure],
  );
  const fillOf = (d: MapDistrict): string => {
    const v = valueOf(d, measure);
    if (v.kind === 'none') return NO_VALUE_FILL;
    if (v.kind === 'suppressed') return SUPPRESSED_FILL;
    return classOf(classes, v.value)?.fill ?? NO_VALUE_FILL;
  };

  const selectedDistrict = data.districts.find((d) => d.code === selected) ?? null;
  return (
    <>
      <Paragraph data-size="sm">{m.periodLine(formatDate(locale, data.from), formatDate(locale, data.to))}</Paragraph>
      <div className="map-controls">
        <RadioGroup<Measure>
          id="map-measure"
          legend={m.measureLegend}
          value={measure}
          onChange={setMeasure}
          options={[
            { value: 'per1000', label: m.measures.per1000 },
            { value: 'share', label: m.measures.share },
            { value: 'allocations', label: m.measures.allocations },
          ]}
        />
        <RadioGroup<View>
          id="map-view"
          legend={m.viewLegend}
          value={view}
          onChange={setView}
          options={[
            { value: 'map', label: m.views.map },
            { value: 'table', label: m.views.table },
          ]}
        />
      </div>
      {view === 'map' ? (
        <>
          <Checkbox id="map-points" label={m.showPoints} checked={showPoints} onChange={(e) => setShowPoints(e.target.checked)} />
          <DistrictMap data={data} measure={measure} showPoints={showPoints} fillOf={fillOf} valueText={valueText} selected={selected} onSelect={setSelected} />
          <Legend classes={classes} measure={measure} showPoints={showPoints} hasSuppressed={data.districts.some((d) => valueOf(d, measure).kind === 'suppressed')} hasNone={data.districts.some((d) => valueOf(d, measure).kind === 'none')} />
          <DistrictPanel district={selectedDistrict} />
          {data.pointsWithheld !== '0' && <Paragraph data-size="sm">{m.pointsWithheld(data.pointsWithheld)}</Paragraph>}
        </>
      ) : (
        <FiguresTables data={data} year={year} />
      )}
    </>
  );
}

interface DrawnDistrict {
  district: MapDistrict;
  geometry: AreaGeometry;
  path: string;
  label: readonly [number, number];
}

function pathOf(geometry: AreaGeometry, projection: FittedProjection): string {
  return polygonsOf(geometry)
    .flatMap((rings) => rings.map((ring) => `M${ring.map(([lon, lat]) => projection.project(lon, lat).map((n) => n.toFixed(1)).join(' ')).join('L')}Z`))
    .join('');
}

function DistrictMap({
  data,
  measure,
  showPoints,
  fillOf,
  valueText,
  selected,
  onSelect,
}: {
  data: MapData;
  measure: Measure;
  showPoints: boolean;
  fillOf: (d: MapDistrict) => string;
  valueText: (d: MapDistrict) => string;
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const { t, locale } = useI18n();
  const m = t.map;
  const titleId = useId();
  const descId = useId();
  const drawable = data.districts.flatMap((d) => {
    const geometry = asAreaGeometry(d.boundary);
    return geometry ? [{ district: d, geometry }] : [];
  });
  const bounds: Bounds | null = boundsOf(drawable.map((d) => d.geometry));
  const missing = data.districts.filter((d) => asAreaGeometry(d.boundary) === null);
  if (bounds === null) return <Paragraph>{m.noBoundaries}</Paragraph>;
  const projection = fitProjection(bounds, WIDTH, 12);
  const drawn: DrawnDistrict[] = drawable.map(({ district, geometry }) => ({ district, geometry, path: pathOf(geometry, projection), label: projection.project(...labelPoint(geometry)) }));

  // The text alternative: the measure's extremes among the districts with a number.
  const numbered = data.districts.flatMap((d) => { const v = valueOf(d, measure); return v.kind === 'number' ? [{ d, v: v.value }] : []; }).sort((a, b) => b.v - a.v);
  const measureName = m.measures[measure];
  const summary =
    numbered.length === 0
      ? m.summaryNone(measureName)
      : m.summary(measureName, m.nameValue(numbered[0]!.d.name, valueText(numbered[0]!.d)), m.nameValue(numbered[numbered.length - 1]!.d.name, valueText(numbered[numbered.length - 1]!.d)), data.districts.length);
  const pointsLine = showPoints ? ` ${m.pointsSummary(formatNumber(locale, data.points.length))}` : '';

  const tiles = data.tiles.url === null ? [] : tileImages(data.tiles.url, bounds, projection);
  const activate = (event: KeyboardEvent<SVGPathElement>, code: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(code);
    }
  };
  return (
    <figure className="district-map">
      <svg viewBox={`0 0 ${projection.width} ${projection.height}`} className="district-map__svg" role="group" aria-labelledby={titleId}>
        <g role="img" aria-labelledby={`${titleId} ${descId}`}>
          <title id={titleId}>{m.mapName(measureName)}</title>
          <desc id={descId}>{summary + pointsLine}</desc>
          {tiles.map((tile) => (
            <image key={tile.href} href={tile.href} x={tile.x} y={tile.y} width={tile.size} height={tile.size} preserveAspectRatio="none" />
          ))}
          {drawn.map(({ district, path }) => (
            <path key={district.code} d={path} className="district-map__area" fill={fillOf(district)} fillOpacity={tiles.length > 0 ? 0.75 : 1} data-district={district.code} />
          ))}
          {showPoints &&
            data.points.map((p) => {
              const [x, y] = projection.project(p.longitude, p.latitude);
              return <circle key={p.id} cx={x.toFixed(1)} cy={y.toFixed(1)} r={2.6} className="district-map__point" data-testid="map-point" />;
            })}
          {drawn.map(({ district, label: [x, y] }) => (
            <text key={district.code} x={x} y={y} className="district-map__label" textAnchor="middle">
              <tspan x={x} dy="-0.2em">{district.name}</tspan>
              <tspan x={x} dy="1.2em" className="district-map__value">{valueText(district)}</tspan>
            </text>
          ))}
        </g>
        <g>
          {drawn.map(({ district, path }) => (
            <path
              key={district.code}
              d={path}
              className={`district-map__hit${selected === district.code ? ' is-selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={m.districtButton(district.name, valueText(district))}
              aria-pressed={selected === district.code}
              aria-controls="map-panel"
              data-testid={`district-${district.code}`}
              onFocus={() => onSelect(district.code)}
              onClick={() => onSelect(district.code)}
              onKeyDown={(e) => activate(e, district.code)}
            />
          ))}
        </g>
      </svg>
      <figcaption className="district-map__caption">
        {data.tiles.url !== null && data.tiles.attribution !== null && (
          <span className="district-map__attribution">
            {m.mapAttribution} {data.tiles.attribution}
          </span>
        )}
        {missing.length > 0 && <span>{m.noBoundary(missing.map((d) => d.name).join(', '))}</span>}
      </figcaption>
    </figure>
  );
}

/** The tile layer's images under the districts: Web Mercator tiles at the zoom where a tile is drawn about its own size. */
function tileImages(template: string, bounds: Bounds, projection: FittedProjection) {
  const z = tileZoomFor(projection.scale);
  const n = 2 ** z;
  // Pad the bounds by the map's padding so the corners are covered too.
  const tiles = tilesCovering({ minLon: bounds.minLon - 0.01, minLat: bounds.minLat - 0.01, maxLon: bounds.maxLon + 0.01, maxLat: bounds.maxLat + 0.01 }, z).slice(0, 64);
  return tiles.map((tile) => {
    const [x, y] = projection.worldToView(tile.x / n, tile.y / n);
    return { href: tileUrl(template, tile), x, y, size: projection.scale / n };
  });
}

function Legend({ classes, measure, showPoints, hasSuppressed, hasNone }: { classes: readonly ChoroplethClass[]; measure: Measure; showPoints: boolean; hasSuppressed: boolean; hasNone: boolean }) {
  const { t, locale } = useI18n();
  const m = t.map;
  return (
    <section aria-labelledby="map-legend" className="map-legend">
      <Heading level={2} data-size="2xs" id="map-legend">
        {m.legendHeading}: {m.measures[measure]}
      </Heading>
      <ul className="map-legend__list">
        {classes.map((c) => (
          <li key={`${c.from}-${c.to}`}>
            <span className="map-legend__swatch" style={{ background: c.fill }} aria-hidden="true" />
            {c.from === c.to ? numberText(locale, measure, c.from) : `${numberText(locale, measure, c.from)} – ${numberText(locale, measure, c.to)}`}
          </li>
        ))}
        {hasSuppressed && (
          <li>
            <span className="map-legend__swatch" style={{ background: SUPPRESSED_FILL }} aria-hidden="true" />
            {m.legendSuppressed}
          </li>
        )}
        {hasNone && (
          <li>
            <span className="map-legend__swatch" style={{ background: NO_VALUE_FILL }} aria-hidden="true" />
            {m.legendNoValue}
          </li>
        )}
        {showPoints && (
          <li>
            <span className="map-legend__dot" aria-hidden="true" />
            {m.legendPoint}
          </li>
        )}
      </ul>
    </section>
  );
}

function DistrictPanel({ district: d }: { district: MapDistrict | null }) {
  const { t, locale, language } = useI18n();
  const m = t.map;
  return (
    <section id="map-panel" className="map-panel" aria-live="polite" aria-labelledby="map-panel-heading" data-testid="map-panel">
      <Heading level={2} data-size="xs" id="map-panel-heading">
        {d ? m.panelHeading(d.name) : m.legendHeading}
      </Heading>
      {d === null ? (
        <Paragraph data-size="sm">{m.panelHint}</Paragraph>
      ) : (
        <>
          <dl className="key-figures">
            <Figure label={m.inhabitants} value={formatNumber(locale, d.inhabitants)} />
            <Figure label={m.municipalDwellings} value={formatNumber(locale, d.municipalDwellings)} />
            <Figure label={m.per1000} value={d.per1000 === null ? m.unknown : decimal(locale, d.per1000)} />
            <Figure label={m.dwellingsTotal} value={d.dwellingsTotal === null ? m.unknown : formatNumber(locale, d.dwellingsTotal)} />
            <Figure label={m.municipalShare} value={d.municipalShare === null ? m.unknown : percent(locale, d.municipalShare)} />
            <Figure label={m.allocations} value={d.allocations.value === null ? d.allocations.shown : formatNumber(locale, d.allocations.value)} />
          </dl>
          <Heading level={3} data-size="2xs">
            {m.byNeedGroup}
          </Heading>
          <ul className="map-panel__groups">
            {d.allocationsByNeedGroup
              .filter((g) => g.count.shown !== '0')
              .map((g) => (
                <li key={g.group}>
                  {g.group === 'unknown' ? m.unknownGroup : t.labels.needCategories[g.group]}: {g.count.shown}
                </li>
              ))}
          </ul>
          {d.concentration.map((c) => (
            <div key={c.limitId}>
              <Heading level={3} data-size="2xs">
                {m.concentration}: {c.title[language]}
              </Heading>
              <Paragraph data-size="sm">
                {m.concentrationLine(c.alreadyLet.shown, c.cap === null ? m.noCap : formatNumber(locale, c.cap))}
                {c.share !== null && ` ${m.concentrationShare(percent(locale, c.share))}`} {c.reached ? m.reached : m.notReached}
              </Paragraph>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

const Figure = ({ label, value }: { label: string; value: string }) => (
  <div className="key-figures__item">
    <dt>{label}</dt>
    <dd>{value}</dd>
  </div>
);

function FiguresTables({ data, year }: { data: MapData; year: number }) {
  const { t, locale } = useI18n();
  const m = t.map;
  const captionId = useId();
  const groupsId = useId();
  const groups = [...NEED_CATEGORIES, 'unknown'] as const;
  return (
    <>
      <TableScroll captionId={captionId}>
        <Table className="data-table block-gap" data-size="sm" data-testid="map-table">
          <caption id={captionId}>{m.tableCaption(String(year))}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{m.district}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">{m.inhabitants}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">{m.municipalDwellings}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">{m.per1000}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">{m.dwellingsTotal}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">{m.municipalShare}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">{m.allocations}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.concentration}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.districts.map((d) => (
              <Table.Row key={d.code}>
                <Table.HeaderCell scope="row">{d.name}</Table.HeaderCell>
                <Table.Cell className="numeric">{formatNumber(locale, d.inhabitants)}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(locale, d.municipalDwellings)}</Table.Cell>
                <Table.Cell className="numeric">{d.per1000 === null ? m.unknown : decimal(locale, d.per1000)}</Table.Cell>
                <Table.Cell className="numeric">{d.dwellingsTotal === null ? m.unknown : formatNumber(locale, d.dwellingsTotal)}</Table.Cell>
                <Table.Cell className="numeric">{d.municipalShare === null ? m.unknown : percent(locale, d.municipalShare)}</Table.Cell>
                <Table.Cell className="numeric">{d.allocations.value === null ? d.allocations.shown : formatNumber(locale, d.allocations.value)}</Table.Cell>
                <Table.Cell>
                  {d.concentration.map((c) => `${c.alreadyLet.shown} / ${c.cap === null ? '–' : formatNumber(locale, c.cap)}${c.reached ? ` (${m.reached.split(' – ')[0]})` : ''}`).join('; ')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <TableScroll captionId={groupsId}>
        <Table className="data-table block-gap" data-size="sm">
          <caption id={groupsId}>{m.groupsCaption(String(year))}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{m.district}</Table.HeaderCell>
              {groups.map((g) => (
                <Table.HeaderCell key={g} scope="col" className="numeric">
                  {g === 'unknown' ? m.unknownGroup : t.labels.needCategories[g]}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.districts.map((d) => (
              <Table.Row key={d.code}>
                <Table.HeaderCell scope="row">{d.name}</Table.HeaderCell>
                {groups.map((g) => (
                  <Table.Cell key={g} className="numeric">
                    {d.allocationsByNeedGroup.find((x) => x.group === g)?.count.shown ?? '0'}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
