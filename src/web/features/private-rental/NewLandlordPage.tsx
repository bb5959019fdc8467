import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { Page } from '../../components/Page';
import { LandlordForm } from './LandlordForm';

/** /utleiere/ny: registers a landlord; its page, where agreements are added, follows. */
export function NewLandlordPage() {
  const l = useI18n().t.landlords;
  return (
    <Page title={l.newTitle}>
      <Paragraph>
        <AppLink href={paths.privateRental}>{l.backToList}</AppLink>
      </Paragraph>
      <Paragraph>{l.newIntro}</Paragraph>
      <LandlordForm onSaved={(detail) => navigate(paths.landlord(detail.landlord.id))} />
    </Page>
  );
}
