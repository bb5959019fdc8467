import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { Place, Provider } from '../../../contracts/temporary';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PlaceForm } from './PlaceForm';
import { PlacesTable, ProviderFacts } from './ProviderParts';
import { ProviderForm } from './ProviderForm';
import { getProvider } from './temporary.api';

/** One provider: its facts and contract (to change), its places with the checklist (to add and change). */
export function ProviderPage({ id }: { id: string }) {
  const t = useT();
  const provider = useResource(`temporary-provider:${id}`, (signal) => getProvider(id, signal));
  if (provider.status !== 'ready') {
    return (
      <Page title={t.tempProviders.title}>
        <Paragraph>
          <AppLink href={paths.temporaryProviders}>{t.tempProviders.backToList}</AppLink>
        </Paragraph>
        <ResourceView resource={provider}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <ProviderView provider={provider.data} onChanged={provider.replace} reload={provider.refresh} />;
}

function ProviderView({ provider, onChanged, reload }: { provider: Provider; onChanged: (p: Provider) => void; reload: () => Promise<void> }) {
  const t = useT();
  const p = t.tempProviders;
  return (
    <Page title={p.providerTitle(provider.name)} heading={provider.name}>
      <Paragraph>
        <AppLink href={paths.temporaryProviders}>{p.backToList}</AppLink>
      </Paragraph>
      <section aria-labelledby="provider-facts" className="section section--first">
        <Heading level={2} data-size="sm" id="provider-facts">
          {p.factsHeading}
        </Heading>
        <ProviderFacts provider={provider} />
        <Details className="block-gap">
          <Details.Summary>{p.editHeading}</Details.Summary>
          <Details.Content>
            <ProviderForm provider={provider} onSaved={onChanged} />
          </Details.Content>
        </Details>
      </section>
      <PlacesSection provider={provider} reload={reload} />
    </Page>
  );
}

function PlacesSection({ provider, reload }: { provider: Provider; reload: () => Promise<void> }) {
  const t = useT();
  const p = t.tempProviders;
  const [editing, setEditing] = useState<Place | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);

  // After editing (saved or cancelled) focus goes back to the row's button.
  useEffect(() => {
    if (!editing && returnTo) editButtonRef.current?.focus();
  }, [editing, returnTo]);

  function startEditing(place: Place) {
    setNotice(null);
    setReturnTo(place.id);
    setEditing(place);
  }

  async function saved(message: string) {
    await reload();
    setNotice(message);
  }

  return (
    <section aria-labelledby="provider-places" className="section">
      <Heading level={2} data-size="sm" id="provider-places">
        {p.placesHeading}
      </Heading>
      <Paragraph role="status">{notice ?? ''}</Paragraph>
      {provider.places.length === 0 ? (
        <Paragraph>{p.noPlaces}</Paragraph>
      ) : (
        <PlacesTable provider={provider} onEdit={startEditing} focusPlaceId={returnTo} editButtonRef={editButtonRef} />
      )}
      {editing && (
        <div className="list-card block-gap">
          <PlaceForm
            key={editing.id}
            providerId={provider.id}
            place={editing}
            onSaved={async (place) => {
              await saved(p.placeSaved(place.label));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}
      <PlaceForm
        providerId={provider.id}
        onSaved={async (place) => {
          setReturnTo(null);
          await saved(p.placeAdded(place.label));
        }}
      />
    </section>
  );
}
