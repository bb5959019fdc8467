import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { LeaseHelp, Settlement, SettlementDetail } from '../../../contracts/private-rental';
import { SETTLEMENT_HOUSING, type SettlementHousing } from '../../../domain/private-rental';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createSettlement, updateSettlement } from './private-rental.api';
import { todayIso } from '../neighbourhood/neighbourhood-format';

type Field = 'householdId' | 'settledOn' | 'introductionFrom' | 'introductionTo' | 'housing' | 'privateLeaseHelpId';

/**
 * A household's settlement: new (with the household chosen) or changed. The programme's dates,
 * «a lease help only for private housing» and «the help must be the household's own» are the server's rules.
 */
export function SettlementForm({
  householdId,
  householdLine,
  settlement,
  helps,
  onSaved,
}: {
  householdId?: string;
  householdLine?: ReactNode;
  settlement?: Settlement;
  helps: readonly LeaseHelp[];
  onSaved: (detail: SettlementDetail) => void | Promise<void>;
}) {
  const { t } = useI18n();
  const s = t.settlement;
  const prefix = settlement ? 'settlement-edit' : 'settlement-new';
  const ids: Record<Field, string> = {
    householdId: `${prefix}-household`,
    settledOn: `${prefix}-settled`,
    introductionFrom: `${prefix}-intro-from`,
    introductionTo: `${prefix}-intro-to`,
    housing: `${prefix}-housing`,
    privateLeaseHelpId: `${prefix}-help`,
  };
  const [settledOn, setSettledOn] = useState(settlement?.settledOn ?? todayIso());
  const [from, setFrom] = useState(settlement?.introductionFrom ?? '');
  const [to, setTo] = useState(settlement?.introductionTo ?? '');
  const [housing, setHousing] = useState<SettlementHousing | ''>(settlement?.housing ?? '');
  const [helpId, setHelpId] = useState(settlement?.privateLeaseHelp?.id ?? '');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!settledOn) invalid.settledOn = t.form.required(s.settledOn);
    if (!housing) invalid.housing = t.form.chooseRequired(s.housing);
    const fields = {
      settledOn,
      introductionFrom: from || null,
      introductionTo: to || null,
      housing: housing as SettlementHousing,
      privateLeaseHelpId: housing === 'private' && helpId ? helpId : null,
    };
    await form.submit(ids, invalid, async () => {
      const saved = settlement ? await updateSettlement(settlement.id, fields) : await createSettlement({ householdId: householdId ?? '', ...fields });
      await onSaved(saved);
    });
  }

  return (
    <form className="form form--readable block-gap" aria-label={settlement ? s.editHeading : s.newTitle} onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      {householdLine && (
        <div id={ids.householdId} tabIndex={-1}>
          {householdLine}
        </div>
      )}
      <Textfield id={ids.settledOn} type="date" label={s.settledOn} value={settledOn} onChange={(e) => setSettledOn(e.target.value)} error={form.fieldErrors.settledOn} />
      <div className="field-row">
        <Textfield id={ids.introductionFrom} type="date" label={s.introductionFrom} description={s.introductionHint} value={from} onChange={(e) => setFrom(e.target.value)} error={form.fieldErrors.introductionFrom} />
        <Textfield id={ids.introductionTo} type="date" label={s.introductionTo} value={to} onChange={(e) => setTo(e.target.value)} error={form.fieldErrors.introductionTo} />
      </div>
      <RadioGroup<SettlementHousing>
        id={ids.housing}
        legend={s.housing}
        options={SETTLEMENT_HOUSING.map((value) => ({ value, label: s.housingKinds[value] }))}
        value={housing}
        onChange={setHousing}
        error={form.fieldErrors.housing}
      />
      {housing === 'private' && helps.length > 0 && (
        <SelectField
          id={ids.privateLeaseHelpId}
          label={s.linkHelp}
          description={s.linkHelpHint}
          placeholder={s.noLinkedHelp}
          value={helpId}
          onChange={setHelpId}
          options={helps.map((h) => ({ value: h.id, label: s.helpOption(h.landlord?.name ?? t.leaseHelp.noLandlord, t.leaseHelp.statuses[h.status]) }))}
          error={form.fieldErrors.privateLeaseHelpId}
        />
      )}
      <FormActions label={settlement ? s.save : s.create} submitting={form.submitting} />
    </form>
  );
}
