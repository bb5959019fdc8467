import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t.notFound.title}>
      <Paragraph>{t.notFound.body}</Paragraph>
      <Paragraph>
        <AppLink href={paths.start}>{t.notFound.home}</AppLink>
      </Paragraph>
    </Page>
  );
}
