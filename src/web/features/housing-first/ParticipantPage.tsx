import { Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { DwellingType } from '../../../domain/dwellings/kinds';
import { HOUSING_FIRST_EXIT_REASONS, HOUSING_FIRST_REFERRAL_SOURCES, type HousingFirstExitReason, type HousingFirstReferralSource } from '../../../domain/followup/housing-first';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
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
import { todayIso } from '../temporary/temporary-format';
import { CHOICE_IDS, ChoiceFields, type Choice } from './ChoiceFields';
import { getChoiceOptions, getParticipant, recordExit, recordHoused, updateParticipant, type ChoiceOptions, type Participant } from './housing-first.api';

/** One participant: enrolment, the own choice (changeable), housed with the lease, exit with the reason. */
export function ParticipantPage({ id }: { id: string }) {
  const { t } = useI18n();
  const participant = useResource(`hf-participant:${id}`, (signal) => getParticipant(id, signal));
  const title = participant.status === 'ready' ? participant.data.name : t.housingFirst.participantTitle;
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink href={paths.housingFirst}>{t.housingFirst.backToProgramme}</AppLink>
      </Paragraph>
      <ResourceView resource={participant}>{(data) => <ParticipantView participant={data} onChanged={participant.replace} />}</ResourceView>
    </Page>
  );
}

function ParticipantView({ participant: p, onChanged }: { participant: Participant; onChanged: (p: Participant) => void }) {
  const { t, locale } = useI18n();
  const h = t.housingFirst;
  const { role } = useCurrentSession();
  const date = (d: string | null) => (d ? formatDate(locale, d) : '–');
  return (
    <>
      <Paragraph>
        <Tag data-color={p.status === 'housed' ? 'success' : p.status === 'waiting' ? 'warning' : 'neutral'}>{h.statuses[p.status]}</Tag>
      </Paragraph>
      <section aria-labelledby="hf-facts" className="section">
        <Heading level={2} data-size="sm" id="hf-facts">
          {h.enrolmentHeading}
        </Heading>
        <dl className="facts" data-testid="hf-facts">
          <dt>{h.enrolledOn}</dt>
          <dd>{date(p.enrolledOn)}</dd>
          <dt>{h.consentGivenOn}</dt>
          <dd>{date(p.consentGivenOn)}</dd>
          <dt>{h.referredBy}</dt>
          <dd>{h.referralSources[p.referredBy]}</dd>
          <dt>{h.team}</dt>
          <dd>{p.team}</dd>
          <dt>{h.housedOn}</dt>
          <dd>{p.housedOn ? `${date(p.housedOn)}${p.lease ? ` – ${p.lease.address}` : ''}` : h.notHoused}</dd>
          <dt>{h.daysToHousing}</dt>
          <dd>{p.daysToHousing === null ? '–' : formatNumber(locale, p.daysToHousing)}</dd>
          {p.exitedOn && (
            <>
              <dt>{h.exitedOn}</dt>
              <dd>
                {date(p.exitedOn)} ({p.exitReason ? h.exitReasons[p.exitReason] : ''})
              </dd>
            </>
          )}
        </dl>
        {role === 'caseworker' && (
          <Paragraph>
            <AppLink href={paths.person(p.personId)}>{h.personLink}</AppLink>
          </Paragraph>
        )}
      </section>
      <ChoiceSection participant={p} onSaved={onChanged} />
      {p.status === 'waiting' && <HousedSection participant={p} onSaved={onChanged} />}
      {p.status !== 'exited' && <ExitSection participant={p} onSaved={onChanged} />}
    </>
  );
}

type ChoiceFormField = 'team' | 'referredBy' | keyof Choice;
const CHOICE_FORM_IDS: Record<ChoiceFormField, string> = { team: 'hf-edit-team', referredBy: 'hf-edit-referred', ...CHOICE_IDS };

function ChoiceSection({ participant: p, onSaved }: { participant: Participant; onSaved: (p: Participant) => void }) {
  const { t } = useI18n();
  const h = t.housingFirst;
  const options = useResource('hf-options', getChoiceOptions);
  const districtNames = p.chosenDistricts.map((d) => d.name ?? d.code);
  return (
    <section aria-labelledby="hf-choice" className="section">
      <Heading level={2} data-size="sm" id="hf-choice">
        {h.choiceHeading}
      </Heading>
      <dl className="facts facts--compact">
        <dt>{h.chosenDistricts}</dt>
        <dd>{districtNames.length > 0 ? districtNames.join(', ') : t.common.none}</dd>
        <dt>{h.chosenDwellingTypes}</dt>
        <dd>{p.chosenDwellingTypes.length > 0 ? p.chosenDwellingTypes.map((type) => t.dwellingTypes[type]).join(', ') : t.common.none}</dd>
        <dt>{h.chosenDwellings}</dt>
        <dd>{p.chosenDwellings.length > 0 ? p.chosenDwellings.map((d) => d.address).join('; ') : t.common.none}</dd>
      </dl>
      <Paragraph data-size="sm">{h.choiceToAllocation}</Paragraph>
      {p.status !== 'exited' && (
        <ResourceView resource={options}>
          {(data) => (
            <ChoiceForm
              participant={p}
              // Dwellings chosen earlier stay choosable even when no longer vacant.
              options={{ ...data, dwellings: [...p.chosenDwellings.filter((c) => !data.dwellings.some((d) => d.id === c.id)), ...data.dwellings] }}
              onSaved={onSaved}
            />
          )}
        </ResourceView>
      )}
    </section>
  );
}

function ChoiceForm({ participant: p, options, onSaved }: { participant: Participant; options: ChoiceOptions; onSaved: (p: Participant) => void }) {
  const { t } = useI18n();
  const h = t.housingFirst;
  const [team, setTeam] = useState(p.team);
  const [referredBy, setReferredBy] = useState<string>(p.referredBy);
  const [choice, setChoice] = useState<Choice>({
    chosenDistricts: p.chosenDistricts.map((d) => d.code),
    chosenDwellingTypes: [...p.chosenDwellingTypes] as DwellingType[],
    chosenDwellingIds: p.chosenDwellings.map((d) => d.id),
  });
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<ChoiceFormField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<ChoiceFormField> = {};
    if (!team.trim()) invalid.team = t.form.required(h.team);
    const ok = await form.submit(CHOICE_FORM_IDS, invalid, async () => {
      onSaved(await updateParticipant(p.id, { team: team.trim(), referredBy: referredBy as HousingFirstReferralSource, ...choice }));
    });
    setSaved(ok);
  }
  return (
    <form className="form block-gap" aria-labelledby="hf-choice-form" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="hf-choice-form">
        {h.changeChoice}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <Textfield id={CHOICE_FORM_IDS.team} label={h.team} autoComplete="off" value={team} onChange={(e) => setTeam(e.target.value)} error={form.fieldErrors.team} />
      <SelectField
        id={CHOICE_FORM_IDS.referredBy}
        label={h.referredBy}
        value={referredBy}
        onChange={setReferredBy}
        options={HOUSING_FIRST_REFERRAL_SOURCES.map((r) => ({ value: r, label: h.referralSources[r] }))}
        error={form.fieldErrors.referredBy}
      />
      <ChoiceFields options={options} value={choice} onChange={setChoice} errors={form.fieldErrors} />
      <FormActions label={h.saveChoice} submitting={form.submitting}>
        {saved && <span role="status">{h.saved}</span>}
      </FormActions>
    </form>
  );
}

type HousedField = 'housedOn' | 'leaseId';
const HOUSED_IDS: Record<HousedField, string> = { housedOn: 'hf-housed-on', leaseId: 'hf-housed-lease' };

function HousedSection({ participant: p, onSaved }: { participant: Participant; onSaved: (p: Participant) => void }) {
  const { t, locale } = useI18n();
  const h = t.housingFirst;
  const [housedOn, setHousedOn] = useState(todayIso);
  const [leaseId, setLeaseId] = useState(p.leaseOptions.length === 1 ? (p.leaseOptions[0]?.id ?? '') : '');
  const form = useFormSubmit<HousedField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<HousedField> = {};
    if (!housedOn) invalid.housedOn = t.form.required(h.housedOn);
    await form.submit(HOUSED_IDS, invalid, async () => {
      onSaved(await recordHoused(p.id, { housedOn, leaseId: leaseId || null }));
    });
  }
  return (
    <section aria-labelledby="hf-housed" className="section">
      <Heading level={2} data-size="sm" id="hf-housed">
        {h.housedHeading}
      </Heading>
      <form className="form block-gap" aria-labelledby="hf-housed" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <Textfield id={HOUSED_IDS.housedOn} type="date" label={h.housedOn} description={h.housedOnHint} value={housedOn} onChange={(e) => setHousedOn(e.target.value)} error={form.fieldErrors.housedOn} />
        {p.leaseOptions.length > 0 && (
          <SelectField
            id={HOUSED_IDS.leaseId}
            label={h.lease}
            description={h.leaseHint}
            placeholder={h.noLease}
            value={leaseId}
            onChange={setLeaseId}
            options={p.leaseOptions.map((l) => ({ value: l.id, label: h.leaseOption(l.address, formatDate(locale, l.startDate)) }))}
            error={form.fieldErrors.leaseId}
          />
        )}
        <FormActions label={h.housedSubmit} submitting={form.submitting} />
      </form>
    </section>
  );
}

type ExitField = 'exitedOn' | 'exitReason';
const EXIT_IDS: Record<ExitField, string> = { exitedOn: 'hf-exit-on', exitReason: 'hf-exit-reason' };

function ExitSection({ participant: p, onSaved }: { participant: Participant; onSaved: (p: Participant) => void }) {
  const { t } = useI18n();
  const h = t.housingFirst;
  const [exitedOn, setExitedOn] = useState(todayIso);
  const [exitReason, setExitReason] = useState('');
  const form = useFormSubmit<ExitField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<ExitField> = {};
    if (!exitedOn) invalid.exitedOn = t.form.required(h.exitedOn);
    if (!exitReason) invalid.exitReason = t.form.chooseRequired(h.exitReason);
    await form.submit(EXIT_IDS, invalid, async () => {
      onSaved(await recordExit(p.id, { exitedOn, exitReason: exitReason as HousingFirstExitReason }));
    });
  }
  return (
    <section aria-labelledby="hf-exit" className="section">
      <Heading level={2} data-size="sm" id="hf-exit">
        {h.exitHeading}
      </Heading>
      <Paragraph data-size="sm">{h.exitIntro}</Paragraph>
      <form className="form block-gap" aria-labelledby="hf-exit" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <Textfield id={EXIT_IDS.exitedOn} type="date" label={h.exitedOn} value={exitedOn} onChange={(e) => setExitedOn(e.target.value)} error={form.fieldErrors.exitedOn} />
        <SelectField
          id={EXIT_IDS.exitReason}
          label={h.exitReason}
          placeholder={h.chooseExitReason}
          value={exitReason}
          onChange={setExitReason}
          options={HOUSING_FIRST_EXIT_REASONS.map((r) => ({ value: r, label: h.exitReasons[r] }))}
          error={form.fieldErrors.exitReason}
        />
        <FormActions label={h.exitSubmit} submitting={form.submitting} />
      </form>
    </section>
  );
}
