import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Building, NeighbourhoodStaff } from '../../../contracts/neighbourhood';
import { NEIGHBOUR_CASE_KINDS, canManageNeighbourCases, type NeighbourCaseKind } from '../../../domain/neighbourhood';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { listBuildings, listStaff, openCase } from './neighbourhood.api';
import { todayIso } from './neighbourhood-format';

type Field = 'kind' | 'buildingKey' | 'description' | 'reportedOn' | 'responsibleWorkerId';
const IDS: Record<Field, string> = {
  kind: 'case-kind',
  buildingKey: 'case-building',
  description: 'case-description',
  reportedOn: 'case-reported',
  responsibleWorkerId: 'case-responsible',
};

/** /bomiljo/saker/ny: a complaint or conflict in a building picked from the register; the case page follows. */
export function NewCasePage() {
  const { t } = useI18n();
  const c = t.neighbourCase;
  const buildings = useResource('neighbourhood-buildings', listBuildings);
  const staff = useResource('neighbourhood-staff', listStaff);
  const { role } = useCurrentSession();
  return (
    <Page title={c.newTitle}>
      <Paragraph>
        <AppLink href={paths.neighbourhood}>{c.back}</AppLink>
      </Paragraph>
      <Paragraph>{c.newIntro}</Paragraph>
      {canManageNeighbourCases(role) && (
        <ResourceView resource={buildings}>
          {(list) => <ResourceView resource={staff}>{(people) => <CaseForm buildings={list.items} staff={people} />}</ResourceView>}
        </ResourceView>
      )}
    </Page>
  );
}

function CaseForm({ buildings, staff }: { buildings: readonly Building[]; staff: NeighbourhoodStaff['items'] }) {
  const { t } = useI18n();
  const c = t.neighbourCase;
  const session = useCurrentSession();
  const [kind, setKind] = useState<NeighbourCaseKind | ''>('');
  const [buildingKey, setBuildingKey] = useState('');
  const [description, setDescription] = useState('');
  const [reportedOn, setReportedOn] = useState(todayIso);
  const [responsible, setResponsible] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!kind) invalid.kind = t.form.chooseRequired(c.kind);
    if (!buildingKey) invalid.buildingKey = t.form.chooseRequired(c.building);
    if (!description.trim()) invalid.description = t.form.required(c.description);
    else if (description.trim().length > 4000) invalid.description = t.form.tooLong(c.description, 4000);
    if (!reportedOn) invalid.reportedOn = t.form.required(c.reportedOn);
    await form.submit(IDS, invalid, async () => {
      const created = await openCase({
        kind: kind as NeighbourCaseKind,
        buildingKey,
        description: description.trim(),
        reportedOn,
        ...(responsible ? { responsibleWorkerId: responsible } : {}),
      });
      navigate(paths.neighbourCase(created.id));
    });
  }

  const team = staff.filter((s) => s.role === 'neighbourhood' && s.name !== session.displayName);
  return (
    <form className="form form--readable block-gap" aria-label={c.newTitle} onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup<NeighbourCaseKind>
        id={IDS.kind}
        legend={c.kind}
        options={NEIGHBOUR_CASE_KINDS.map((value) => ({ value, label: t.neighbourhood.kinds[value], description: c.kindHints[value] }))}
        value={kind}
        onChange={setKind}
        error={form.fieldErrors.kind}
      />
      <SelectField
        id={IDS.buildingKey}
        label={c.building}
        description={c.buildingHint}
        placeholder={c.chooseBuilding}
        value={buildingKey}
        onChange={setBuildingKey}
        options={buildings.map((b) => ({ value: b.key, label: b.districtName ? `${b.label} (${b.districtName})` : b.label }))}
        error={form.fieldErrors.buildingKey}
      />
      <Textfield
        id={IDS.description}
        multiline
        rows={5}
        label={c.description}
        description={c.descriptionHint}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={form.fieldErrors.description}
      />
      <Textfield id={IDS.reportedOn} type="date" label={c.reportedOn} value={reportedOn} onChange={(e) => setReportedOn(e.target.value)} error={form.fieldErrors.reportedOn} />
      <SelectField
        id={IDS.responsibleWorkerId}
        label={c.responsible}
        placeholder={session.displayName}
        value={responsible}
        onChange={setResponsible}
        options={team.map((s) => ({ value: s.id, label: s.name }))}
        error={form.fieldErrors.responsibleWorkerId}
      />
      <FormActions label={c.create} submitting={form.submitting} />
    </form>
  );
}
