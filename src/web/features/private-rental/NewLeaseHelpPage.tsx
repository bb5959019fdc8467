import { Button, Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Landlord } from '../../../contracts/private-rental';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { HouseholdPicker, type ChosenHousehold } from '../temporary/HouseholdPicker';
import { createHelp, listLandlords } from './private-rental.api';
import { todayIso } from '../neighbourhood/neighbourhood-format';

/** /utleiere/leiehjelp/ny: choose the household through a person in it, then register the help; its page follows. */
export function NewLeaseHelpPage() {
  const { t } = useI18n();
  const h = t.leaseHelp;
  const [chosen, setChosen] = useState<ChosenHousehold | null>(null);
  const landlords = useResource('private-rental-landlords', listLandlords);
  return (
    <Page title={h.newTitle}>
      <Paragraph>
        <AppLink href={paths.leaseHelps}>{h.back}</AppLink>
      </Paragraph>
      {chosen === null ? (
        <>
          <Paragraph>{h.newIntro}</Paragraph>
          <HouseholdPicker onChoose={setChosen} />
        </>
      ) : (
        <ResourceView resource={landlords}>{(list) => <HelpForm chosen={chosen} onChooseOther={() => setChosen(null)} landlords={list.items} />}</ResourceView>
      )}
    </Page>
  );
}

type Field = 'householdId' | 'landlordId' | 'startedOn' | 'depositGuarantee' | 'monthlyRent' | 'note';
const IDS: Record<Field, string> = {
  householdId: 'help-household',
  landlordId: 'help-landlord',
  startedOn: 'help-started',
  depositGuarantee: 'help-deposit',
  monthlyRent: 'help-rent',
  note: 'help-note',
};

function HelpForm({ chosen, onChooseOther, landlords }: { chosen: ChosenHousehold; onChooseOther: () => void; landlords: readonly Landlord[] }) {
  const householdId = chosen.householdId;
  const { t } = useI18n();
  const h = t.leaseHelp;
  const [landlordId, setLandlordId] = useState('');
  const [startedOn, setStartedOn] = useState(todayIso);
  const [deposit, setDeposit] = useState(false);
  const [rent, setRent] = useState('');
  const [note, setNote] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    const rentText = rent.replace(/\s/g, '');
    if (!startedOn) invalid.startedOn = t.form.required(h.startedOn);
    if (rentText && !/^\d{1,7}$/.test(rentText)) invalid.monthlyRent = t.form.wholeKroner(h.monthlyRent);
    if (note.trim().length > 2000) invalid.note = t.form.tooLong(h.note, 2000);
    await form.submit(IDS, invalid, async () => {
      const created = await createHelp({
        householdId,
        landlordId: landlordId || null,
        startedOn,
        depositGuarantee: deposit,
        monthlyRent: rentText ? Number(rentText) : null,
        note: note.trim() || null,
      });
      navigate(paths.leaseHelp(created.id));
    });
  }

  return (
    <form className="form form--readable block-gap" aria-label={h.newTitle} onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Paragraph id={IDS.householdId} tabIndex={-1}>
        <strong>{h.chosen(chosen.name)}</strong>{' '}
        <Button type="button" variant="tertiary" data-size="sm" onClick={onChooseOther}>
          {h.chooseOther}
        </Button>
      </Paragraph>
      <SelectField
        id={IDS.landlordId}
        label={h.landlord}
        description={h.landlordHint}
        placeholder={h.chooseLandlord}
        value={landlordId}
        onChange={setLandlordId}
        options={landlords.map((l) => ({ value: l.id, label: l.name }))}
        error={form.fieldErrors.landlordId}
      />
      <Textfield id={IDS.startedOn} type="date" label={h.startedOn} value={startedOn} onChange={(e) => setStartedOn(e.target.value)} error={form.fieldErrors.startedOn} />
      <Checkbox id={IDS.depositGuarantee} label={h.depositGuarantee} checked={deposit} onChange={(e) => setDeposit(e.target.checked)} />
      <Textfield
        id={IDS.monthlyRent}
        label={h.monthlyRent}
        description={h.monthlyRentHint}
        inputMode="numeric"
        autoComplete="off"
        value={rent}
        onChange={(e) => setRent(e.target.value)}
        error={form.fieldErrors.monthlyRent}
      />
      <Textfield id={IDS.note} multiline rows={2} label={h.note} description={t.landlords.optional} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={h.create} submitting={form.submitting} />
    </form>
  );
}
