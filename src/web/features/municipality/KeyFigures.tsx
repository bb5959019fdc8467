import type { MunicipalityOverview } from '../../../contracts/municipality';
import { formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';

/** Name and number (optional), inhabitants and number of districts as a description list. */
export function KeyFigures({ overview, withIdentity }: { overview: MunicipalityOverview; withIdentity?: boolean }) {
  const { t, locale } = useI18n();
  const figures: [string, string][] = [
    ...(withIdentity
      ? ([
          [t.municipality.name, overview.name],
          [t.municipality.kommunenummer, overview.kommunenummer],
        ] as [string, string][])
      : []),
    [t.municipality.inhabitants, formatNumber(locale, overview.inhabitants)],
    [t.municipality.districtCount, formatNumber(locale, overview.districts.length)],
  ];
  return (
    <dl className="key-figures">
      {figures.map(([term, value]) => (
        <div key={term} className="key-figures__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
