import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Provider } from '../../../contracts/temporary';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PlacesTable, ProviderFacts } from './ProviderParts';
import { listProviders } from './temporary.api';

/** The municipality's emergency dwellings, private overnight operators and other providers, each with its contract and places. */
export function ProvidersPage() {
  const t = useT();
  const p = t.tempProviders;
  const providers = useResource('temporary-providers', listProviders);
  return (
    <Page title={p.title}>
      <Paragraph>
        <AppLink href={paths.temporary}>{t.tempStay.backToStays}</AppLink>
      </Paragraph>
      <Paragraph>{p.intro}</Paragraph>
      <div className="page-actions">
        <ButtonLink href={paths.newTemporaryProvider}>{p.newLink}</ButtonLink>
      </div>
      <ResourceView resource={providers}>
        {(items) =>
          items.length === 0 ? (
            <Paragraph>{p.none}</Paragraph>
          ) : (
            <ul className="plain-list">
              {items.map((provider) => (
                <ProviderCard key={provider.id} provider={provider} />
              ))}
            </ul>
          )
        }
      </ResourceView>
    </Page>
  );
}

function ProviderCard({ provider }: { provider: Provider }) {
  const p = useT().tempProviders;
  const headingId = `provider-${provider.id}`;
  return (
    <li className="list-card">
      <Heading level={2} data-size="sm" id={headingId}>
        <AppLink href={paths.temporaryProvider(provider.id)}>{provider.name}</AppLink>
      </Heading>
      <ProviderFacts provider={provider} />
      {provider.places.length === 0 ? (
        <Paragraph>{p.noPlaces}</Paragraph>
      ) : (
        <Details>
          <Details.Summary>{p.showPlaces(provider.places.length)}</Details.Summary>
          <Details.Content>
            <PlacesTable provider={provider} />
          </Details.Content>
        </Details>
      )}
    </li>
  );
}
