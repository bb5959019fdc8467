import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { ProviderForm } from './ProviderForm';

/** Registers a provider; its places are added on the provider's page, where this goes next. */
export function NewProviderPage() {
  const p = useT().tempProviders;
  return (
    <Page title={p.newTitle}>
      <Paragraph>
        <AppLink href={paths.temporaryProviders}>{p.backToList}</AppLink>
      </Paragraph>
      <Paragraph>{p.newIntro}</Paragraph>
      <ProviderForm onSaved={(provider) => navigate(paths.temporaryProvider(provider.id))} />
    </Page>
  );
}
