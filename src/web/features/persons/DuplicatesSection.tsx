import { Alert, Checkbox, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { DuplicateList, Person } from '../../../contracts/people';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fullName } from './person-format';
import { listDuplicates, mergePerson } from './persons.api';

type Field = 'other' | 'keep' | 'reason' | 'confirmed';
const FIELD_IDS: Record<Field, string> = {
  other: 'merge-other',
  keep: 'merge-keep',
  reason: 'merge-reason',
  confirmed: 'merge-confirmed',
};

/** Possible duplicates (same number, or a close name and the same birth date) and a reviewed merge. */
export function DuplicatesSection({ person, onMerged }: { person: Person; onMerged: () => Promise<void> }) {
  const duplicates = useResource(`duplicates:${person.id}`, (signal) => listDuplicates(person.id, signal));
  // Nothing to say when there are none, or when the list could not be read (the page still works).
  if (duplicates.status !== 'ready' || duplicates.data.items.length === 0 || person.mergedIntoId) return null;
  const handleMerged = async () => {
    await duplicates.refresh();
    await onMerged();
  };
  return <Duplicates person={person} items={duplicates.data.items} onMerged={handleMerged} />;
}

function Duplicates({ person, items, onMerged }: { person: Person; items: DuplicateList['items']; onMerged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const session = useCurrentSession();
  const d = t.duplicates;
  return (
    <section aria-labelledby="person-duplicates" className="section">
      <Alert data-color="warning">
        <Heading level={2} data-size="xs" id="person-duplicates">
          {d.heading(items.length)}
        </Heading>
        <Paragraph>{d.intro}</Paragraph>
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <AppLink href={paths.person(item.id)}>{fullName(item)}</AppLink>
              {item.birthDate && `, ${d.born(formatDate(locale, item.birthDate))}`}
              {` – ${d.reasons[item.reason]}`}
            </li>
          ))}
        </ul>
      </Alert>
      {/* Merging is the caseworker's (people.routes.ts); other roles see the warning only. */}
      {session.role === 'caseworker' && (
        <Details className="block-gap">
          <Details.Summary>{d.mergeSummary}</Details.Summary>
          <Details.Content>
            <MergeForm person={person} items={items} onMerged={onMerged} />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

function MergeForm({ person, items, onMerged }: { person: Person; items: DuplicateList['items']; onMerged: () => Promise<void> }) {
  const { t } = useI18n();
  const d = t.duplicates;
  const [other, setOther] = useState(items.length === 1 ? (items[0]?.id ?? '') : '');
  const [keep, setKeep] = useState<'this' | 'other' | ''>('');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!other) invalid.other = d.chooseOther;
    if (!keep) invalid.keep = d.chooseKeep;
    if (reason.trim().length < 3) invalid.reason = t.form.tooShort(d.reason, 3);
    if (!confirmed) invalid.confirmed = d.confirmRequired;
    await form.submit(FIELD_IDS, invalid, async () => {
      // The one that is not kept is merged into the one that is; its history moves along.
      const [from, into] = keep === 'this' ? [other, person.id] : [person.id, other];
      await mergePerson(from, { intoId: into, reason: reason.trim() });
      if (into === person.id) await onMerged();
      else navigate(paths.person(into));
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={FIELD_IDS.other}
        legend={d.otherLegend(fullName(person))}
        options={items.map((item) => ({ value: item.id, label: `${fullName(item)}${item.maskedNationalId ? ` (${item.maskedNationalId})` : ''}` }))}
        value={other}
        onChange={setOther}
        error={form.fieldErrors.other}
      />
      <RadioGroup
        id={FIELD_IDS.keep}
        legend={d.keepLegend}
        description={d.keepHint}
        options={[
          { value: 'this' as const, label: d.keepThis(fullName(person)) },
          { value: 'other' as const, label: d.keepOther },
        ]}
        value={keep}
        onChange={setKeep}
        error={form.fieldErrors.keep}
      />
      <Textfield
        id={FIELD_IDS.reason}
        multiline
        rows={3}
        label={d.reason}
        description={d.reasonHint}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={form.fieldErrors.reason}
      />
      <Checkbox
        id={FIELD_IDS.confirmed}
        label={d.confirm}
        checked={confirmed}
        onChange={(event) => setConfirmed(event.target.checked)}
        error={form.fieldErrors.confirmed}
      />
      <FormActions label={d.submit} submitting={form.submitting} />
    </form>
  );
}
