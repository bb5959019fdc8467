import { Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { PROVIDER_KINDS, type Provider } from '../../../contracts/temporary';
import { useT } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createProvider, updateProvider } from './temporary.api';

/** The API's field paths, in form order. */
type Field = 'name' | 'kind' | 'orgNumber' | 'nightShelter' | 'contractTerms' | 'contractFrom' | 'contractTo';
type Kind = (typeof PROVIDER_KINDS)[number];

/**
 * A provider's facts: new (POST) or changed (PATCH with every field, an empty field clearing it).
 * The organisation number's control digit and a private operator's contract are the server's rules;
 * its messages land on the fields.
 */
export function ProviderForm({ provider, onSaved }: { provider?: Provider; onSaved: (provider: Provider) => void | Promise<void> }) {
  const t = useT();
  const p = t.tempProviders;
  const prefix = provider ? `provider-edit` : 'provider-new';
  const ids: Record<Field, string> = {
    name: `${prefix}-name`,
    kind: `${prefix}-kind`,
    orgNumber: `${prefix}-org`,
    nightShelter: `${prefix}-night`,
    contractTerms: `${prefix}-terms`,
    contractFrom: `${prefix}-from`,
    contractTo: `${prefix}-to`,
  };
  const [name, setName] = useState(provider?.name ?? '');
  const [kind, setKind] = useState<Kind | ''>(provider?.kind ?? '');
  const [orgNumber, setOrgNumber] = useState(provider?.orgNumber ?? '');
  const [nightShelter, setNightShelter] = useState(provider?.nightShelter ?? false);
  const [contractTerms, setContractTerms] = useState(provider?.contractTerms ?? '');
  const [contractFrom, setContractFrom] = useState(provider?.contractFrom ?? '');
  const [contractTo, setContractTo] = useState(provider?.contractTo ?? '');
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const org = orgNumber.replace(/\s/g, '');
    const invalid: FieldMessages<Field> = {};
    if (!name.trim()) invalid.name = t.form.required(p.name);
    else if (name.trim().length > 200) invalid.name = t.form.tooLong(p.name, 200);
    if (!kind) invalid.kind = t.form.chooseRequired(p.kind);
    if (org && !/^\d{9}$/.test(org)) invalid.orgNumber = p.orgNumberFormat;
    if (contractTerms.trim().length > 4000) invalid.contractTerms = t.form.tooLong(p.contractTerms, 4000);
    const chosen = kind as Kind;
    const body = {
      name: name.trim(),
      kind: chosen,
      orgNumber: org || null,
      nightShelter,
      contractTerms: contractTerms.trim() || null,
      contractFrom: contractFrom || null,
      contractTo: contractTo || null,
    };
    const ok = await form.submit(ids, invalid, async () => {
      const result = provider ? await updateProvider(provider.id, body) : await createProvider(body);
      await onSaved(result);
    });
    if (ok && provider) setSaved(true);
  }

  return (
    <form className="form block-gap" aria-labelledby={`${prefix}-heading`} onSubmit={handleSubmit} noValidate>
      <Heading level={provider ? 3 : 2} data-size="xs" id={`${prefix}-heading`}>
        {provider ? p.editHeading : p.factsHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      {saved && <Paragraph role="status">{p.saved}</Paragraph>}
      <Textfield id={ids.name} label={p.name} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={form.fieldErrors.name} />
      <RadioGroup<Kind>
        id={ids.kind}
        legend={p.kind}
        options={PROVIDER_KINDS.map((value) => ({ value, label: p.kinds[value], description: p.kindHints[value] }))}
        value={kind}
        onChange={setKind}
        error={form.fieldErrors.kind}
      />
      <Textfield
        id={ids.orgNumber}
        label={p.orgNumber}
        description={p.orgNumberHint}
        inputMode="numeric"
        autoComplete="off"
        value={orgNumber}
        onChange={(e) => setOrgNumber(e.target.value)}
        error={form.fieldErrors.orgNumber}
      />
      <Checkbox
        id={ids.nightShelter}
        label={p.nightShelterLabel}
        description={p.nightShelterHint}
        checked={nightShelter}
        onChange={(e) => setNightShelter(e.target.checked)}
        error={form.fieldErrors.nightShelter}
      />
      <Fieldset>
        <Fieldset.Legend>{p.contractLegend}</Fieldset.Legend>
        <Fieldset.Description>{p.contractLegendHint}</Fieldset.Description>
        <Textfield
          id={ids.contractTerms}
          multiline
          rows={4}
          label={p.contractTerms}
          description={p.contractTermsHint}
          value={contractTerms}
          onChange={(e) => setContractTerms(e.target.value)}
          error={form.fieldErrors.contractTerms}
        />
        <div className="field-row">
          <Textfield id={ids.contractFrom} type="date" label={p.contractFrom} value={contractFrom} onChange={(e) => setContractFrom(e.target.value)} error={form.fieldErrors.contractFrom} />
          <Textfield
            id={ids.contractTo}
            type="date"
            label={p.contractTo}
            description={p.contractToHint}
            value={contractTo}
            onChange={(e) => setContractTo(e.target.value)}
            error={form.fieldErrors.contractTo}
          />
        </div>
      </Fieldset>
      <FormActions label={provider ? p.save : p.create} submitting={form.submitting} />
    </form>
  );
}
