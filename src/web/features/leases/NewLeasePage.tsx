import { Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { DwellingPage as DwellingPageData } from '../../../contracts/dwellings';
import type { PersonSearchResult } from '../../../contracts/people';
import { isShorterThanMinimum } from '../../../domain/leases/length-rules';
import { DEPOSIT_TYPES, RENT_MODELS, type DepositType, type RentModel } from '../../../domain/leases/terms';
import { ApiError } from '../../app/api';
import { describeError } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { parseKroner } from '../../components/amounts';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { dwellingAddress } from '../dwellings/dwelling-format';
import { getDwellingPage } from '../dwellings/dwellings.api';
import { fullName } from '../persons/person-format';
import { searchPersons } from '../persons/persons.api';
import { today } from './LeaseActionForms';
import { canDraftLease } from './lease-access';
import { createLease } from './leases.api';
import { useRole } from './useRole';

/** Dwelling statuses a lease may be drafted from (a let dwelling is let; the rest are not available). */
const DRAFTABLE = new Set(['vacant', 'reserved']);
export const canDraftFromStatus = (status: string | undefined): boolean => status !== undefined && DRAFTABLE.has(status);

/** A lease draft for a vacant or reserved dwelling: the household (found by search), dates, § 11-1, deposit and rent. Lands on the new lease. */
export function NewLeasePage({ dwellingId }: { dwellingId: string }) {
  const { t } = useI18n();
  const role = useRole();
  const page = useResource(`dwelling:${dwellingId}`, (signal) => getDwellingPage(dwellingId, signal));
  if (page.status !== 'ready') {
    return (
      <Page title={t.newLease.title}>
        <ResourceView resource={page}>{() => null}</ResourceView>
      </Page>
    );
  }
  const { dwelling } = page.data;
  const address = dwellingAddress(dwelling);
  const allowed = role !== null && canDraftLease(role);
  return (
    <Page title={t.newLease.pageTitle(address)} heading={t.newLease.pageTitle(address)}>
      <Paragraph>
        <AppLink href={paths.dwelling(dwelling.id)}>{t.newLease.back}</AppLink>
      </Paragraph>
      {!allowed ? (
        <Paragraph>{t.newLease.cannotDraft}</Paragraph>
      ) : !canDraftFromStatus(dwelling.current?.status) ? (
        <Paragraph>{t.newLease.notAvailable}</Paragraph>
      ) : (
        <>
          <Paragraph>{t.newLease.intro}</Paragraph>
          <NewLeaseForm dwelling={page.data} />
        </>
      )}
    </Page>
  );
}

type Field =
  | 'householdId'
  | 'startDate'
  | 'term'
  | 'endDate'
  | 'shortTermReason'
  | 'section111'
  | 'section111NoticeOn'
  | 'depositType'
  | 'depositAmount'
  | 'rentModel'
  | 'monthlyRent';
type Term = 'rule' | 'date' | 'open';

const SEARCH_ID = 'new-lease-search';
const HOUSEHOLD_ID = 'new-lease-household';

function NewLeaseForm({ dwelling }: { dwelling: DwellingPageData }) {
  const { t } = useI18n();
  const n = t.newLease;
  const [found, setFound] = useState<PersonSearchResult | null>(null);
  const [personId, setPersonId] = useState('');
  const [startDate, setStartDate] = useState(today);
  const [term, setTerm] = useState<Term>('rule');
  const [endDate, setEndDate] = useState('');
  const [shortTermReason, setShortTermReason] = useState('');
  const [section111, setSection111] = useState(false);
  const [noticeOn, setNoticeOn] = useState('');
  const [depositType, setDepositType] = useState<DepositType | ''>('');
  const [depositAmount, setDepositAmount] = useState('');
  const [rentModel, setRentModel] = useState<RentModel | ''>('');
  const [monthlyRent, setMonthlyRent] = useState(dwelling.dwelling.monthlyRent > 0 ? String(dwelling.dwelling.monthlyRent) : '');
  const form = useFormSubmit<Field>();

  const candidates = (found?.items ?? []).filter((p) => p.householdId !== null);
  const ids: Record<Field, string> = {
    householdId: candidates.length > 0 ? HOUSEHOLD_ID : SEARCH_ID,
    startDate: 'new-lease-start',
    term: 'new-lease-term',
    endDate: 'new-lease-end',
    shortTermReason: 'new-lease-short-reason',
    section111: 'new-lease-11-1',
    section111NoticeOn: 'new-lease-11-1-notice',
    depositType: 'new-lease-deposit-type',
    depositAmount: 'new-lease-deposit',
    rentModel: 'new-lease-rent-model',
    monthlyRent: 'new-lease-rent',
  };
  const shortTerm = term === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(startDate) && /^\d{4}-\d{2}-\d{2}$/.test(endDate) && endDate > startDate && isShorterThanMinimum(startDate, endDate);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    const householdId = candidates.find((p) => p.id === personId)?.householdId ?? null;
    if (!householdId) invalid.householdId = n.householdRequired;
    if (!startDate) invalid.startDate = t.form.required(n.startDate);
    if (term === 'date' && !endDate) invalid.endDate = t.form.required(n.endDate);
    if (shortTerm && !shortTermReason.trim()) invalid.shortTermReason = t.form.required(n.shortTermReason);
    if (!depositType) invalid.depositType = t.form.chooseRequired(n.depositType);
    const deposit = depositType === 'none' ? 0 : parseKroner(depositAmount);
    if (depositType && depositType !== 'none' && (deposit === undefined || deposit === 'invalid')) invalid.depositAmount = t.form.wholeKroner(n.depositAmount);
    if (!rentModel) invalid.rentModel = t.form.chooseRequired(n.rentModel);
    const rent = parseKroner(monthlyRent);
    if (rent === undefined || rent === 'invalid' || rent === 0) invalid.monthlyRent = t.form.wholeKroner(n.monthlyRent);
    let createdId: string | null = null;
    await form.submit(ids, invalid, async () => {
      if (!householdId || !depositType || !rentModel || typeof rent !== 'number' || typeof deposit !== 'number') return;
      const created = await createLease({
        dwellingId: dwelling.dwelling.id,
        householdId,
        startDate,
        ...(term === 'open' ? { endDate: null } : term === 'date' ? { endDate } : {}),
        shortTermReason: term === 'date' && shortTermReason.trim() ? shortTermReason.trim() : null,
        section111,
        section111NoticeOn: section111 && noticeOn ? noticeOn : null,
        depositType,
        depositAmount: deposit,
        rentModel,
        monthlyRent: rent,
      });
      createdId = created.id;
    });
    if (createdId) navigate(paths.lease(createdId));
  }

  return (
    <>
      <section aria-labelledby="new-lease-household-heading" className="section section--first">
        <Heading level={2} data-size="sm" id="new-lease-household-heading">
          {n.householdHeading}
        </Heading>
        <HouseholdSearch
          error={candidates.length === 0 ? form.fieldErrors.householdId : undefined}
          onFound={(result) => {
            setFound(result);
            const withHousehold = result.items.filter((p) => p.householdId !== null);
            setPersonId(withHousehold.length === 1 ? (withHousehold[0]?.id ?? '') : '');
          }}
        />
      </section>
      <form className="form form--readable section" aria-labelledby="new-lease-terms-heading" onSubmit={handleSubmit} noValidate>
        <Heading level={2} data-size="sm" id="new-lease-terms-heading">
          {n.termsHeading}
        </Heading>
        <ErrorSummary errors={form.summary} />
        {found && <FoundPersons result={found} personId={personId} onChange={setPersonId} error={candidates.length > 0 ? form.fieldErrors.householdId : undefined} />}
        <Textfield id={ids.startDate} type="date" label={n.startDate} value={startDate} onChange={(e) => setStartDate(e.target.value)} error={form.fieldErrors.startDate} />
        <RadioGroup
          id={ids.term}
          legend={n.term}
          options={[
            { value: 'rule', label: n.termRule },
            { value: 'date', label: n.termDate },
            { value: 'open', label: n.termOpen },
          ]}
          value={term}
          onChange={setTerm}
          error={form.fieldErrors.term}
        />
        {term === 'date' && (
          <Textfield id={ids.endDate} type="date" label={n.endDate} value={endDate} onChange={(e) => setEndDate(e.target.value)} error={form.fieldErrors.endDate} />
        )}
        {(shortTerm || form.fieldErrors.shortTermReason) && (
          <Textfield
            id={ids.shortTermReason}
            multiline
            rows={3}
            label={n.shortTermReason}
            description={n.shortTermReasonHint}
            value={shortTermReason}
            onChange={(e) => setShortTermReason(e.target.value)}
            error={form.fieldErrors.shortTermReason}
          />
        )}
        <Checkbox
          id={ids.section111}
          label={n.section111}
          description={n.section111Hint}
          checked={section111}
          onChange={(e) => setSection111(e.target.checked)}
          aria-invalid={form.fieldErrors.section111 ? true : undefined}
        />
        {section111 && (
          <Textfield
            id={ids.section111NoticeOn}
            type="date"
            label={n.section111NoticeOn}
            description={n.section111NoticeHint}
            value={noticeOn}
            onChange={(e) => setNoticeOn(e.target.value)}
            error={form.fieldErrors.section111NoticeOn}
          />
        )}
        <RadioGroup
          id={ids.depositType}
          legend={n.depositType}
          options={DEPOSIT_TYPES.map((value) => ({ value, label: t.leaseLabels.depositTypes[value] }))}
          value={depositType}
          onChange={setDepositType}
          error={form.fieldErrors.depositType}
        />
        {depositType !== '' && depositType !== 'none' && (
          <Textfield
            id={ids.depositAmount}
            label={n.depositAmount}
            description={n.depositHint}
            inputMode="numeric"
            autoComplete="off"
            value={depositAmount}
            onChange={(e) => setDepositAmount(e.target.value)}
            error={form.fieldErrors.depositAmount}
          />
        )}
        <RadioGroup
          id={ids.rentModel}
          legend={n.rentModel}
          options={RENT_MODELS.map((value) => ({ value, label: t.leaseLabels.rentModels[value] }))}
          value={rentModel}
          onChange={setRentModel}
          error={form.fieldErrors.rentModel}
        />
        <Textfield id={ids.monthlyRent} label={n.monthlyRent} inputMode="numeric" autoComplete="off" value={monthlyRent} onChange={(e) => setMonthlyRent(e.target.value)} error={form.fieldErrors.monthlyRent} />
        <FormActions label={n.create} submitting={form.submitting} />
      </form>
    </>
  );
}

/** Search by name, national id or case number (the person register's search; each person found is access-logged). */
function HouseholdSearch({ onFound, error }: { onFound: (result: PersonSearchResult) => void; error?: string }) {
  const { t } = useI18n();
  const n = t.newLease;
  const [q, setQ] = useState('');
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [summary, setSummary] = useState<ReadonlyArray<{ fieldId?: string; message: string }>>([]);

  async function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = q.trim();
    if (text.length < 2) {
      const message = text ? t.form.tooShort(n.search, 2) : n.searchRequired;
      setProblem(message);
      setSummary([{ fieldId: SEARCH_ID, message }]);
      return;
    }
    setProblem(undefined);
    setSummary([]);
    setSearching(true);
    try {
      onFound(await searchPersons(text, new AbortController().signal));
    } catch (e) {
      const message = e instanceof ApiError && e.fieldErrors[0] ? e.fieldErrors[0].message : describeError(e, t);
      setProblem(message);
      setSummary([{ fieldId: SEARCH_ID, message }]);
    } finally {
      setSearching(false);
    }
  }

  return (
    <form role="search" aria-labelledby="new-lease-household-heading" onSubmit={handleSearch} noValidate>
      <ErrorSummary errors={summary} />
      <div className="search-row">
        <Textfield id={SEARCH_ID} label={n.search} description={n.searchHint} autoComplete="off" spellCheck={false} value={q} onChange={(e) => setQ(e.target.value)} error={problem ?? error} />
        <Button type="submit" variant="secondary" aria-disabled={searching || undefined}>
          {n.searchButton}
        </Button>
      </div>
      {searching && (
        <span role="status" className="form__status">
          {t.common.sending}
        </span>
      )}
    </form>
  );
}

function FoundPersons({ result, personId, onChange, error }: { result: PersonSearchResult; personId: string; onChange: (id: string) => void; error?: string }) {
  const { t, locale } = useI18n();
  const n = t.newLease;
  const withHousehold = result.items.filter((p) => p.householdId !== null);
  const without = result.items.filter((p) => p.householdId === null);
  if (result.items.length === 0) {
    return (
      <Paragraph role="status" data-size="sm">
        {n.noHits}
      </Paragraph>
    );
  }
  return (
    <div>
      {withHousehold.length > 0 && (
        <RadioGroup
          id={HOUSEHOLD_ID}
          legend={n.household}
          options={withHousehold.map((p) => ({ value: p.id, label: n.personOption(fullName(p), p.birthDate ? formatDate(locale, p.birthDate) : '–') }))}
          value={personId}
          onChange={onChange}
          error={error}
        />
      )}
      {without.map((p) => (
        <Paragraph key={p.id} data-size="sm">
          {n.noHousehold(fullName(p))}
        </Paragraph>
      ))}
      {result.hasMore && <Paragraph data-size="sm">{n.hasMore}</Paragraph>}
    </div>
  );
}
