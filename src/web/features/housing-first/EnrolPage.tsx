import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HOUSING_FIRST_REFERRAL_SOURCES } from '../../../domain/followup/housing-first';
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
import { HOUSEHOLD_SEARCH_ID, HouseholdPicker, type ChosenHousehold } from '../temporary/HouseholdPicker';
import { todayIso } from '../temporary/temporary-format';
import { CHOICE_IDS, ChoiceFields, type Choice } from './ChoiceFields';
import { enrol, getChoiceOptions, type ChoiceOptions } from './housing-first.api';

/** Enrols a person in Housing First: find them, then dates (consent required), referral, team and their own choice. */
export function EnrolPage() {
  const { t } = useI18n();
  const h = t.housingFirst;
  const [chosen, setChosen] = useState<ChosenHousehold | null>(null);
  const chosenRef = useRef<HTMLDivElement>(null);
  const wasChosen = useRef(false);
  useEffect(() => {
    if (chosen) chosenRef.current?.focus();
    else if (wasChosen.current) document.getElementById(HOUSEHOLD_SEARCH_ID)?.focus();
    wasChosen.current = chosen !== null;
  }, [chosen]);

  return (
    <Page title={h.enrolTitle}>
      <Paragraph>
        <AppLink href={paths.housingFirst}>{h.backToProgramme}</AppLink>
      </Paragraph>
      <Paragraph>{h.enrolIntro}</Paragraph>
      <section aria-labelledby="hf-person" className="section section--first">
        <Heading level={2} data-size="sm" id="hf-person">
          {h.personHeading}
        </Heading>
        {chosen ? (
          <div className="list-card block-gap" role="group" ref={chosenRef} tabIndex={-1} aria-labelledby="hf-person-chosen">
            <Heading level={3} data-size="xs" id="hf-person-chosen">
              {h.chosenPerson(chosen.name)}
            </Heading>
            <Button id="hf-person-change" type="button" variant="secondary" data-size="sm" onClick={() => setChosen(null)}>
              {h.changePerson}
            </Button>
          </div>
        ) : (
          <HouseholdPicker onChoose={setChosen} />
        )}
      </section>
      {chosen && <EnrolDetails key={chosen.personId} chosen={chosen} />}
    </Page>
  );
}

function EnrolDetails({ chosen }: { chosen: ChosenHousehold }) {
  const h = useI18n().t.housingFirst;
  const options = useResource('hf-options', getChoiceOptions);
  return (
    <section aria-labelledby="hf-enrolment" className="section">
      <Heading level={2} data-size="sm" id="hf-enrolment">
        {h.enrolmentHeading}
      </Heading>
      <ResourceView resource={options}>{(data) => <EnrolForm chosen={chosen} options={data} />}</ResourceView>
    </section>
  );
}

type Field = 'personId' | 'householdId' | 'enrolledOn' | 'consentGivenOn' | 'referredBy' | 'team' | keyof Choice;

const IDS: Record<Field, string> = {
  personId: 'hf-person-change',
  householdId: 'hf-person-change',
  enrolledOn: 'hf-enrolled-on',
  consentGivenOn: 'hf-consent-on',
  referredBy: 'hf-referred-by',
  team: 'hf-team',
  ...CHOICE_IDS,
};

function EnrolForm({ chosen, options }: { chosen: ChosenHousehold; options: ChoiceOptions }) {
  const { t } = useI18n();
  const h = t.housingFirst;
  const [enrolledOn, setEnrolledOn] = useState(todayIso);
  const [consentGivenOn, setConsentGivenOn] = useState('');
  const [referredBy, setReferredBy] = useState('');
  const [team, setTeam] = useState('');
  const [choice, setChoice] = useState<Choice>({ chosenDistricts: [], chosenDwellingTypes: [], chosenDwellingIds: [] });
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!enrolledOn) invalid.enrolledOn = t.form.required(h.enrolledOn);
    if (!consentGivenOn) invalid.consentGivenOn = t.form.required(h.consentGivenOn);
    if (!referredBy) invalid.referredBy = t.form.chooseRequired(h.referredBy);
    if (!team.trim()) invalid.team = t.form.required(h.team);
    await form.submit(IDS, invalid, async () => {
      const created = await enrol({
        personId: chosen.personId,
        householdId: chosen.householdId,
        enrolledOn,
        consentGivenOn,
        referredBy: referredBy as (typeof HOUSING_FIRST_REFERRAL_SOURCES)[number],
        team: team.trim(),
        ...choice,
      });
      navigate(paths.housingFirstParticipant(created.id));
    });
  }

  return (
    <form className="form block-gap" aria-labelledby="hf-enrolment" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <div className="field-row">
        <Textfield id={IDS.enrolledOn} type="date" label={h.enrolledOn} value={enrolledOn} onChange={(e) => setEnrolledOn(e.target.value)} error={form.fieldErrors.enrolledOn} />
        <Textfield
          id={IDS.consentGivenOn}
          type="date"
          label={h.consentGivenOn}
          description={h.consentHint}
          value={consentGivenOn}
          onChange={(e) => setConsentGivenOn(e.target.value)}
          error={form.fieldErrors.consentGivenOn}
        />
      </div>
      <SelectField
        id={IDS.referredBy}
        label={h.referredBy}
        placeholder={h.chooseReferral}
        value={referredBy}
        onChange={setReferredBy}
        options={HOUSING_FIRST_REFERRAL_SOURCES.map((r) => ({ value: r, label: h.referralSources[r] }))}
        error={form.fieldErrors.referredBy}
      />
      <Textfield id={IDS.team} label={h.team} description={h.teamHint} autoComplete="off" value={team} onChange={(e) => setTeam(e.target.value)} error={form.fieldErrors.team} />
      <Heading level={3} data-size="xs">
        {h.choiceHeading}
      </Heading>
      <Paragraph data-size="sm">{h.choiceIntro}</Paragraph>
      <ChoiceFields options={options} value={choice} onChange={setChoice} errors={form.fieldErrors} />
      <FormActions label={h.enrolSubmit} submitting={form.submitting} />
    </form>
  );
}
