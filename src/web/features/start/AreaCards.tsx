import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Area } from '../../../domain/access/roles';
import { useT } from '../../app/i18n/I18nProvider';
import { AREA_PATHS } from '../../app/routes';
import { AppLink } from '../../components/AppLink';

/** One card per area; the heading is the link, so each card has one clear target. */
export function AreaCards({ areas }: { areas: readonly Area[] }) {
  const t = useT();
  return (
    <ul className="area-cards">
      {areas.map((area) => (
        <li key={area}>
          <Card data-color="accent" variant="tinted" className="area-card">
            <Heading level={3} data-size="xs">
              <AppLink href={AREA_PATHS[area]}>{t.areas[area]}</AppLink>
            </Heading>
            <Paragraph data-size="sm">{t.areaDescriptions[area]}</Paragraph>
          </Card>
        </li>
      ))}
    </ul>
  );
}
