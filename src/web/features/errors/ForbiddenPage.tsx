import { Paragraph } from '@digdir/designsystemet-react';
import type { Role } from '../../../domain/access/roles';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';

/** Shown when the role cannot open the area (AREA_ACCESS); the server refuses it as well. */
export function ForbiddenPage({ role }: { role: Role }) {
  const t = useT();
  return (
    <Page title={t.forbidden.title} heading={t.forbidden.heading}>
      <Paragraph>{t.forbidden.body(t.roles[role])}</Paragraph>
      <Paragraph>
        <AppLink href={paths.start}>{t.forbidden.home}</AppLink>
      </Paragraph>
    </Page>
  );
}
