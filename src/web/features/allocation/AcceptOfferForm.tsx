import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { osloDate } from '../../../domain/deadlines/calendar';
import { DEPOSIT_TYPES, RENT_MODELS, type DepositType, type RentModel } from '../../../domain/leases/terms';
import { useT } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { acceptOffer, type OfferDto } from './allocation.api';

type Field = 'answeredOn' | 'moveInDate' | 'depositType' | 'rentModel' | 'section111';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The household's yes: a lease draft is made from the move-in date with the dwelling's rent. */
export function AcceptOfferForm({ offer, onDone }: { offer: OfferDto; onDone: (offer: OfferDto) => Promise<void> }) {
  const t = useT();
  const o = t.offers;
  const ids: Record<Field, string> = {
    answeredOn: `accept-answered-${offer.id}`,
    moveInDate: `accept-move-in-${offer.id}`,
    depositType: `accept-deposit-${offer.id}`,
    rentModel: `accept-rent-model-${offer.id}`,
    section111: `accept-section111-${offer.id}`,
  };
  const [answeredOn, setAnsweredOn] = useState(() => osloDate(new Date()));
  const [moveInDate, setMoveInDate] = useState(offer.moveInDate);
  const [depositType, setDepositType] = useState<DepositType>('blocked_account');
  const [rentModel, setRentModel] = useState<RentModel>('gjengs');
  const [section111, setSection111] = useState(false);
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!answeredOn) invalid.answeredOn = t.form.required(o.answeredOn);
    else if (!ISO_DATE.test(answeredOn)) invalid.answeredOn = t.form.invalidDate(o.answeredOn);
    if (!moveInDate) invalid.moveInDate = t.form.required(o.moveInDate);
    else if (!ISO_DATE.test(moveInDate)) invalid.moveInDate = t.form.invalidDate(o.moveInDate);
    await form.submit(ids, invalid, async () => {
      const answered = await acceptOffer(offer.id, { answeredOn, moveInDate, depositType, rentModel, section111 });
      await onDone(answered);
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <div className="field-row">
        <Textfield id={ids.answeredOn} type="date" label={o.answeredOn} value={answeredOn} onChange={(e) => setAnsweredOn(e.target.value)} error={form.fieldErrors.answeredOn} />
        <Textfield id={ids.moveInDate} type="date" label={o.moveInDate} description={o.moveInHint} value={moveInDate} onChange={(e) => setMoveInDate(e.target.value)} error={form.fieldErrors.moveInDate} />
      </div>
      <RadioGroup
        id={ids.depositType}
        legend={o.depositType}
        options={DEPOSIT_TYPES.map((value) => ({ value, label: t.leaseLabels.depositTypes[value] }))}
        value={depositType}
        onChange={setDepositType}
        error={form.fieldErrors.depositType}
      />
      <RadioGroup
        id={ids.rentModel}
        legend={o.rentModel}
        options={RENT_MODELS.map((value) => ({ value, label: t.leaseLabels.rentModels[value] }))}
        value={rentModel}
        onChange={setRentModel}
        error={form.fieldErrors.rentModel}
      />
      <Checkbox
        id={ids.section111}
        label={o.section111}
        description={o.section111Hint}
        checked={section111}
        onChange={(e) => setSection111(e.target.checked)}
        aria-invalid={form.fieldErrors.section111 ? true : undefined}
      />
      <FormActions label={o.acceptSubmit} submitting={form.submitting} />
    </form>
  );
}
