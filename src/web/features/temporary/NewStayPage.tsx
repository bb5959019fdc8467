import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CaseSummary } from '../../../contracts/cases';
import type { Household } from '../../../contracts/people';
import type { Provider } from '../../../contracts/temporary';
import { canHandleCase } from '../../../domain/access/person-access';
import { assessQuality } from '../../../domain/temporary/quality';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { HOUSEHOLD_SEARCH_ID, HouseholdPicker, type ChosenHousehold } from './HouseholdPicker';
import { StayTermsFields, type StayTerms } from './StayTermsFields';
import { getHousehold } from '../persons/persons.api';
import { listPersonCases, listProviders, registerStay } from './temporary.api';
import { childrenIn, itemList, todayIso } from './temporary-format';

const HOUSING_CASE_TYPES: ReadonlyArray<CaseSummary['caseType']> = ['rental_dwelling', 'housing_help'];

/** Registers a household's stay (NAV adviser): find the household, then provider, place, § 27 case and dates. */
export function NewStayPage() {
  const t = useI18n().t;
  const s = t.tempStay;
  const { role } = useCurrentSession();
  const handles = canHandleCase(role, 'temporary_accommodation');
  return (
    <Page title={s.newTitle}>
      <Paragraph>
        <AppLink href={paths.temporary}>{s.backToStays}</AppLink>
      </Paragraph>
      {handles ? (
        <>
          <Paragraph>{s.newIntro}</Paragraph>
          <RegisterStay />
        </>
      ) : (
        <Alert data-color="info">
          <Paragraph>{s.onlyNav}</Paragraph>
        </Alert>
      )}
    </Page>
  );
}

function RegisterStay() {
  const s = useI18n().t.tempStay;
  const [chosen, setChosen] = useState<ChosenHousehold | null>(null);
  const chosenRef = useRef<HTMLDivElement>(null);
  const wasChosen = useRef(false);

  // Focus follows the step: to the chosen household when one is picked, back to the search when it is let go.
  useEffect(() => {
    if (chosen) chosenRef.current?.focus();
    else if (wasChosen.current) document.getElementById(HOUSEHOLD_SEARCH_ID)?.focus();
    wasChosen.current = chosen !== null;
  }, [chosen]);

  return (
    <>
      <section aria-labelledby="stay-household" className="section section--first">
        <Heading level={2} data-size="sm" id="stay-household">
          {s.householdHeading}
        </Heading>
        {chosen ? (
          <div className="list-card block-gap" role="group" ref={chosenRef} tabIndex={-1} aria-labelledby="stay-household-chosen">
            <Heading level={3} data-size="xs" id="stay-household-chosen">
              {s.chosenHousehold}: {chosen.name}
            </Heading>
            <HouseholdSummary householdId={chosen.householdId} />
            <Button id="stay-household-change" type="button" variant="secondary" data-size="sm" onClick={() => setChosen(null)}>
              {s.changeHousehold}
            </Button>
          </div>
        ) : (
          <HouseholdPicker onChoose={setChosen} />
        )}
      </section>
      {chosen && <StayDetails key={chosen.householdId} chosen={chosen} />}
    </>
  );
}

function HouseholdSummary({ householdId }: { householdId: string }) {
  const s = useI18n().t.tempStay;
  const household = useResource(`household:${householdId}`, (signal) => getHousehold(householdId, signal));
  if (household.status !== 'ready') return null;
  const current = household.data.members.filter((m) => m.current);
  const children = childrenIn(current);
  return <Paragraph>{s.members(current.length - children, children)}</Paragraph>;
}

type Loaded = { providers: Provider[]; household: Household; cases: CaseSummary[] };

function StayDetails({ chosen }: { chosen: ChosenHousehold }) {
  const s = useI18n().t.tempStay;
  const data = useResource(`stay-form:${chosen.householdId}:${chosen.personId}`, async (signal): Promise<Loaded> => {
    const [providers, household, cases] = await Promise.all([
      listProviders(signal),
      getHousehold(chosen.householdId, signal),
      listPersonCases(chosen.personId, signal),
    ]);
    return { providers, household, cases: cases.filter((c) => c.householdId === chosen.householdId) };
  });
  return (
    <section aria-labelledby="stay-details" className="section">
      <Heading level={2} data-size="sm" id="stay-details">
        {s.stayHeading}
      </Heading>
      <ResourceView resource={data}>{(loaded) => <StayForm chosen={chosen} {...loaded} />}</ResourceView>
    </section>
  );
}

/** The API's field paths, in form order. */
type Field = 'householdId' | 'providerId' | 'placeId' | 'caseId' | 'housingCaseId' | 'startDate' | 'childrenPresent' | 'cooperationAgreementSignedOn' | 'cleaningOffered';

const IDS: Record<Field, string> = {
  householdId: 'stay-household-change',
  providerId: 'stay-provider',
  placeId: 'stay-place',
  caseId: 'stay-case',
  housingCaseId: 'stay-housing-case',
  startDate: 'stay-start',
  childrenPresent: 'stay-children',
  cooperationAgreementSignedOn: 'stay-cooperation',
  cleaningOffered: 'stay-cleaning',
};

function StayForm({ chosen, providers, household, cases }: { chosen: ChosenHousehold } & Loaded) {
  const { t, locale } = useI18n();
  const s = t.tempStay;
  const temporaryCases = cases.filter((c) => c.caseType === 'temporary_accommodation');
  const housingCases = cases.filter((c) => HOUSING_CASE_TYPES.includes(c.caseType));
  const children = childrenIn(household.members);
  const [providerId, setProviderId] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [caseId, setCaseId] = useState(temporaryCases.length === 1 ? (temporaryCases[0]?.id ?? '') : '');
  const [housingCaseId, setHousingCaseId] = useState('');
  const [startDate, setStartDate] = useState(todayIso);
  const [terms, setTerms] = useState<StayTerms>({ childrenPresent: children > 0 ? 'yes' : 'no', cooperation: '', cleaningOffered: false });
  const form = useFormSubmit<Field>();

  if (temporaryCases.length === 0) {
    return (
      <Alert data-color="warning">
        <Paragraph>{s.noTemporaryCase}</Paragraph>
        <Paragraph>
          <AppLink href={paths.application(chosen.personId, chosen.householdId)}>{s.takeApplication}</AppLink>
        </Paragraph>
      </Alert>
    );
  }

  const provider = providers.find((p) => p.id === providerId);
  const place = provider?.places.find((p) => p.id === placeId);
  const caseLabel = (c: CaseSummary) => s.caseOption(c.caseNumber, formatDate(locale, c.receivedOn), t.labels.caseStatuses[c.status]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!providerId) invalid.providerId = t.form.chooseRequired(s.provider);
    if (!caseId) invalid.caseId = t.form.chooseRequired(s.caseId);
    if (!startDate) invalid.startDate = t.form.required(s.startDate);
    await form.submit(IDS, invalid, async () => {
      const stay = await registerStay({
        householdId: chosen.householdId,
        providerId,
        placeId: placeId || null,
        caseId,
        ...(housingCaseId ? { housingCaseId } : {}),
        startDate,
        childrenPresent: terms.childrenPresent === 'yes',
        cooperationAgreementSignedOn: terms.cooperation || null,
        cleaningOffered: terms.cleaningOffered,
      });
      navigate(paths.stay(stay.id));
    });
  }

  return (
    <form className="form block-gap" aria-labelledby="stay-details" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <SelectField
        id={IDS.providerId}
        label={s.provider}
        placeholder={s.chooseProvider}
        value={providerId}
        onChange={(value) => {
          setProviderId(value);
          setPlaceId('');
        }}
        options={providers.map((p) => ({ value: p.id, label: `${p.name} (${t.tempProviders.kinds[p.kind].toLowerCase()})` }))}
        error={form.fieldErrors.providerId}
      />
      {provider && provider.places.length > 0 && (
        <SelectField
          id={IDS.placeId}
          label={s.place}
          description={s.placeHint}
          placeholder={s.anyPlace}
          value={placeId}
          onChange={setPlaceId}
          options={provider.places.map((p) => ({ value: p.id, label: p.label }))}
          error={form.fieldErrors.placeId}
        />
      )}
      {place && <PlaceQuality place={place} childrenPresent={terms.childrenPresent === 'yes'} />}
      <SelectField
        id={IDS.caseId}
        label={s.caseId}
        placeholder={temporaryCases.length === 1 ? undefined : s.chooseCase}
        value={caseId}
        onChange={setCaseId}
        options={temporaryCases.map((c) => ({ value: c.id, label: caseLabel(c) }))}
        error={form.fieldErrors.caseId}
      />
      {housingCases.length > 0 && (
        <SelectField
          id={IDS.housingCaseId}
          label={s.housingCase}
          description={s.housingCaseHint}
          placeholder={s.housingCaseAuto}
          value={housingCaseId}
          onChange={setHousingCaseId}
          options={housingCases.map((c) => ({ value: c.id, label: `${t.labels.caseTypesShort[c.caseType]}: ${caseLabel(c)}` }))}
          error={form.fieldErrors.housingCaseId}
        />
      )}
      <Textfield
        id={IDS.startDate}
        type="date"
        label={s.startDate}
        description={s.startDateHint}
        value={startDate}
        onChange={(e) => setStartDate(e.target.value)}
        error={form.fieldErrors.startDate}
      />
      <StayTermsFields ids={IDS} values={terms} onChange={setTerms} errors={form.fieldErrors} childrenDescription={`${s.childrenHint} ${s.childrenInHousehold(children)}`} />
      <FormActions label={s.submit} submitting={form.submitting} />
    </form>
  );
}

/** What the chosen place lacks, measured against what this household needs (all four with children). */
function PlaceQuality({ place, childrenPresent }: { place: { access24h: boolean; cooking: boolean; wcAndBath: boolean; laundry: boolean }; childrenPresent: boolean }) {
  const t = useI18n().t;
  const s = t.tempStay;
  const quality = assessQuality(place, childrenPresent);
  if (quality.complete) return <Paragraph data-size="sm">{s.placeComplete}</Paragraph>;
  if (quality.meetsRequirement) return <Paragraph data-size="sm">{s.placeMissing(itemList(quality.missing, t))}</Paragraph>;
  return (
    <Alert data-color="warning">
      <Paragraph>{s.placeNotEnough(itemList(quality.missingRequired, t))}</Paragraph>
    </Alert>
  );
}
