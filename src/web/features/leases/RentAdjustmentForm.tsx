import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { LeaseDetail } from '../../../contracts/leases';
import { ADJUSTMENT_KINDS, type AdjustmentKind } from '../../../domain/leases/rent-adjustment';
import { useI18n } from '../../app/i18n/I18nProvider';
import { parseKroner } from '../../components/amounts';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { today } from './LeaseActionForms';
import { adjustRent } from './leases.api';

type Field = 'kind' | 'noticeSentOn' | 'effectiveOn' | 'kpiFrom' | 'kpiTo' | 'newRent';

/** KPI as typed ("134,8" or "134.8"): a positive number with at most one decimal, undefined when empty, or 'invalid'. */
function parseKpi(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^\d{1,4}(\.\d)?$/.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : 'invalid';
}

/**
 * Rent adjustment under husleieloven chapter 4: index (KPI, § 4-2: once a year, a month's
 * notice) or gjengs leie (§ 4-3: after 2½ years, six months' notice). The law's refusals are the
 * server's, shown on the fields in the user's language.
 */
export function RentAdjustmentForm({ lease, onDone }: { lease: LeaseDetail; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = t.leaseActions;
  const p = `adjust-${lease.id}`;
  const ids: Record<Field, string> = { kind: `${p}-kind`, noticeSentOn: `${p}-notice`, effectiveOn: `${p}-effective`, kpiFrom: `${p}-kpi-from`, kpiTo: `${p}-kpi-to`, newRent: `${p}-rent` };
  const [kind, setKind] = useState<AdjustmentKind | ''>('');
  const [noticeSentOn, setNoticeSentOn] = useState(today);
  const [effectiveOn, setEffectiveOn] = useState('');
  const [kpiFrom, setKpiFrom] = useState('');
  const [kpiTo, setKpiTo] = useState('');
  const [newRent, setNewRent] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!kind) invalid.kind = t.form.chooseRequired(a.adjustKind);
    if (!noticeSentOn) invalid.noticeSentOn = t.form.required(a.noticeSentOn);
    if (!effectiveOn) invalid.effectiveOn = t.form.required(a.effectiveOn);
    const from = parseKpi(kpiFrom);
    const to = parseKpi(kpiTo);
    if (kind === 'index') {
      if (from === undefined) invalid.kpiFrom = t.form.required(a.kpiFrom);
      else if (from === 'invalid') invalid.kpiFrom = a.kpiFormat(a.kpiFrom);
      if (to === undefined) invalid.kpiTo = t.form.required(a.kpiTo);
      else if (to === 'invalid') invalid.kpiTo = a.kpiFormat(a.kpiTo);
    }
    const rent = parseKroner(newRent);
    if (rent === 'invalid' || rent === 0) invalid.newRent = t.form.wholeKroner(a.newRent);
    else if (kind === 'gjengs' && rent === undefined) invalid.newRent = t.form.required(a.newRent);
    await form.submit(ids, invalid, async () => {
      if (!kind || rent === 'invalid' || from === 'invalid' || to === 'invalid') return;
      await adjustRent(lease.id, {
        kind,
        noticeSentOn,
        effectiveOn,
        ...(rent !== undefined ? { newRent: rent } : {}),
        ...(kind === 'index' ? { kpiFrom: from, kpiTo: to } : {}),
      });
      setEffectiveOn('');
      setKpiFrom('');
      setKpiTo('');
      setNewRent('');
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={ids.kind}
        legend={a.adjustKind}
        options={ADJUSTMENT_KINDS.map((value) => ({ value, label: t.leaseLabels.adjustmentKinds[value] }))}
        value={kind}
        onChange={setKind}
        error={form.fieldErrors.kind}
      />
      <Textfield id={ids.noticeSentOn} type="date" label={a.noticeSentOn} value={noticeSentOn} onChange={(e) => setNoticeSentOn(e.target.value)} error={form.fieldErrors.noticeSentOn} />
      <Textfield id={ids.effectiveOn} type="date" label={a.effectiveOn} value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} error={form.fieldErrors.effectiveOn} />
      {kind === 'index' && (
        <div className="field-row">
          <Textfield id={ids.kpiFrom} label={a.kpiFrom} description={a.kpiHint} inputMode="decimal" autoComplete="off" value={kpiFrom} onChange={(e) => setKpiFrom(e.target.value)} error={form.fieldErrors.kpiFrom} />
          <Textfield id={ids.kpiTo} label={a.kpiTo} description={a.kpiHint} inputMode="decimal" autoComplete="off" value={kpiTo} onChange={(e) => setKpiTo(e.target.value)} error={form.fieldErrors.kpiTo} />
        </div>
      )}
      {kind !== '' && (
        <Textfield
          id={ids.newRent}
          label={a.newRent}
          description={kind === 'index' ? a.newRentIndexHint : a.newRentGjengsHint}
          inputMode="numeric"
          autoComplete="off"
          value={newRent}
          onChange={(e) => setNewRent(e.target.value)}
          error={form.fieldErrors.newRent}
        />
      )}
      <FormActions label={a.adjustButton} submitting={form.submitting} />
    </form>
  );
}
