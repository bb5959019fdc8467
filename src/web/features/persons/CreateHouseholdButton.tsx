import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { describeError } from '../../app/errors';
import { useT } from '../../app/i18n/I18nProvider';
import { createHousehold } from './persons.api';

/** A person registered without a household (e.g. merged or moved out) becomes the head of a new one. */
export function CreateHouseholdButton({ personId, onCreated }: { personId: string; onCreated: () => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleClick() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await createHousehold({ headPersonId: personId });
      await onCreated();
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button type="button" variant="secondary" onClick={handleClick} aria-disabled={busy || undefined}>
        {t.person.createHousehold}
      </Button>
      {error && <Paragraph role="alert">{error}</Paragraph>}
    </>
  );
}
