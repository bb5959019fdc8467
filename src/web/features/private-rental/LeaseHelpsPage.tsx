import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Figures } from './Figures';
import { HelpsTable } from './HelpsTable';
import { listHelps } from './private-rental.api';

/** /utleiere/leiehjelp: households helped into private leases, those in progress first, with the year's figures. */
export function LeaseHelpsPage() {
  const { t } = useI18n();
  const h = t.leaseHelp;
  const helps = useResource('private-rental-helps', listHelps);
  return (
    <Page title={h.title}>
      <Paragraph>
        <AppLink href={paths.privateRental}>{t.landlords.backToList}</AppLink>
      </Paragraph>
      <Paragraph>{h.intro}</Paragraph>
      <div className="page-actions">
        <ButtonLink href={paths.newLeaseHelp}>{h.newLink}</ButtonLink>
      </div>
      <Figures />
      <section aria-labelledby="lease-helps" className="section">
        <Heading level={2} data-size="sm" id="lease-helps">
          {h.title}
        </Heading>
        <ResourceView resource={helps}>{(list) => (list.items.length === 0 ? <Paragraph>{h.empty}</Paragraph> : <HelpsTable items={list.items} />)}</ResourceView>
      </section>
    </Page>
  );
}
