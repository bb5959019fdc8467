import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseSummary } from '../../../contracts/cases';
import type { Stay } from '../../../contracts/temporary';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { getHousehold } from '../persons/persons.api';
import { StayTermsFields, type StayTerms } from './StayTermsFields';
import { listPersonCases, updateStay } from './temporary.api';
import { todayIso } from './temporary-format';

type EditField = 'childrenPresent' | 'cooperationAgreementSignedOn' | 'cleaningOffered' | 'housingCaseId';

const EDIT_IDS: Record<EditField, string> = {
  childrenPresent: 'stay-edit-children',
  cooperationAgreementSignedOn: 'stay-edit-cooperation',
  cleaningOffered: 'stay-edit-cleaning',
  housingCaseId: 'stay-edit-housing-case',
};

/**
 * The household's housing cases the user may see (through its head's cases). Only for a stay
 * under a § 27 case, which lets NAV open the household; an old stay without one gets no choice.
 */
async function housingCasesOf(stay: Stay, signal: AbortSignal): Promise<CaseSummary[]> {
  if (!stay.case) return [];
  const householdId = stay.household.id;
  const household = await getHousehold(householdId, signal);
  const cases = await listPersonCases(household.headPersonId, signal);
  return cases.filter((c) => c.householdId === householdId && (c.caseType === 'rental_dwelling' || c.caseType === 'housing_help'));
}

/** Children present, the cooperation agreement, the cleaning offer and the linked housing case (PATCH). */
export function EditStayForm({ stay, onSaved }: { stay: Stay; onSaved: (stay: Stay) => void }) {
  const { t, locale } = useI18n();
  const s = t.tempStay;
  const [terms, setTerms] = useState<StayTerms>({
    childrenPresent: stay.childrenPresent ? 'yes' : 'no',
    cooperation: stay.cooperationAgreementSignedOn ?? '',
    cleaningOffered: stay.cleaningOffered,
  });
  const [housingCaseId, setHousingCaseId] = useState(stay.housingCase?.id ?? '');
  const housingCases = useResource(`stay-housing-cases:${stay.id}`, (signal) => housingCasesOf(stay, signal));
  const form = useFormSubmit<EditField>();

  // The linked case stays a choice even when the user may not see the household's other cases.
  const options =
    housingCases.status === 'ready'
      ? housingCases.data.map((c) => ({ value: c.id, label: `${t.labels.caseTypesShort[c.caseType]}: ${c.caseNumber}, ${formatDate(locale, c.receivedOn)}` }))
      : [];
  if (stay.housingCase && !options.some((o) => o.value === stay.housingCase?.id)) options.unshift({ value: stay.housingCase.id, label: stay.housingCase.caseNumber });
  const showHousingCase = housingCases.status !== 'loading' && options.length > 0;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit(EDIT_IDS, {}, async () => {
      onSaved(
        await updateStay(stay.id, {
          childrenPresent: terms.childrenPresent === 'yes',
          cooperationAgreementSignedOn: terms.cooperation || null,
          cleaningOffered: terms.cleaningOffered,
          ...(showHousingCase ? { housingCaseId: housingCaseId || null } : {}),
        }),
      );
    });
  }

  return (
    <form className="form block-gap" aria-labelledby="stay-edit" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <StayTermsFields ids={EDIT_IDS} values={terms} onChange={setTerms} errors={form.fieldErrors} childrenDescription={s.childrenHint} />
      {showHousingCase && (
        <SelectField
          id={EDIT_IDS.housingCaseId}
          label={s.housingCase}
          description={s.housingCaseHint}
          placeholder={s.housingCaseNone}
          value={housingCaseId}
          onChange={setHousingCaseId}
          options={options}
          error={form.fieldErrors.housingCaseId}
        />
      )}
      <FormActions label={s.save} submitting={form.submitting} />
    </form>
  );
}

type EndField = 'endDate';

/** Ends an open stay on the day of departure; an ended one can be reopened (the end date taken away). */
export function EndStaySection({ stay, onEnded }: { stay: Stay; onEnded: (stay: Stay) => void }) {
  const { t, locale } = useI18n();
  const s = t.tempStay;
  const ids: Record<EndField, string> = { endDate: 'stay-end-date' };
  const [endDate, setEndDate] = useState(todayIso);
  const form = useFormSubmit<EndField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<EndField> = {};
    if (!endDate) invalid.endDate = t.form.required(s.endDateLabel);
    await form.submit(ids, invalid, async () => {
      onEnded(await updateStay(stay.id, { endDate }));
    });
  }

  return (
    <section aria-labelledby="stay-end" className="section">
      <Heading level={2} data-size="sm" id="stay-end">
        {stay.endDate ? s.ended : s.endHeading}
      </Heading>
      {stay.endDate ? (
        <>
          <Paragraph>{s.endedOn(formatDate(locale, stay.endDate))}</Paragraph>
          <ConfirmAction
            label={s.reopen}
            question={s.reopenQuestion}
            confirmLabel={s.reopenConfirm}
            onConfirm={async () => onEnded(await updateStay(stay.id, { endDate: null }))}
          />
        </>
      ) : (
        <form className="form block-gap" aria-labelledby="stay-end" onSubmit={handleSubmit} noValidate>
          <ErrorSummary errors={form.summary} />
          <Textfield
            id={ids.endDate}
            type="date"
            label={s.endDateLabel}
            description={s.endDateHint}
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            error={form.fieldErrors.endDate}
          />
          <FormActions label={s.endSubmit} submitting={form.submitting} />
        </form>
      )}
    </section>
  );
}
