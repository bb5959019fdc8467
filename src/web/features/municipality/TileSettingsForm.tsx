import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { isTileTemplate } from '../../../domain/map/projection';
import { useT } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { useFormSubmit } from '../../components/useFormSubmit';
import { getTileSettings, saveTileSettings, type TileSettings } from '../map/map.api';

type Field = 'mapTileUrl' | 'mapTileAttribution';
const IDS: Record<Field, string> = { mapTileUrl: 'tiles-url', mapTileAttribution: 'tiles-attribution' };

/** The admin's tile layer for the district map (PUT /api/map/settings): an https XYZ template and its attribution; empty turns it off. */
export function TileSettingsSection() {
  const t = useT();
  const settings = useResource('map-tiles', getTileSettings);
  return (
    <section aria-labelledby="tiles-heading" className="section">
      <Heading level={2} data-size="sm" id="tiles-heading">
        {t.map.tilesHeading}
      </Heading>
      <Paragraph>{t.map.tilesIntro}</Paragraph>
      <ResourceView resource={settings}>{(current) => <TileSettingsForm current={current} />}</ResourceView>
    </section>
  );
}

function TileSettingsForm({ current }: { current: TileSettings }) {
  const t = useT();
  const m = t.map;
  const [url, setUrl] = useState(current.url ?? '');
  const [attribution, setAttribution] = useState(current.attribution ?? '');
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<Field>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<Field> = {};
    if (url.trim() !== '' && !isTileTemplate(url.trim())) invalid.mapTileUrl = m.tileUrlInvalid;
    const ok = await form.submit(IDS, invalid, async () => {
      const result = await saveTileSettings({ mapTileUrl: url.trim() || null, mapTileAttribution: attribution.trim() || null });
      setUrl(result.url ?? '');
      setAttribution(result.attribution ?? '');
    });
    if (ok) setSaved(true);
  }
  return (
    <form className="form" aria-labelledby="tiles-heading" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={IDS.mapTileUrl} label={m.tileUrl} description={m.tileUrlDescription} value={url} onChange={(e) => setUrl(e.target.value)} error={form.fieldErrors.mapTileUrl} autoComplete="off" inputMode="url" />
      <Textfield
        id={IDS.mapTileAttribution}
        label={m.tileAttribution}
        description={m.tileAttributionDescription}
        value={attribution}
        onChange={(e) => setAttribution(e.target.value)}
        error={form.fieldErrors.mapTileAttribution}
        autoComplete="off"
      />
      <FormActions label={m.saveTiles} submitting={form.submitting}>
        {saved && <span role="status">{m.tilesSaved}</span>}
      </FormActions>
    </form>
  );
}
