import { Details, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { Household } from '../../../contracts/people';
import { formatKroner } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { parseKroner } from '../../components/amounts';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { ResourceView } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { MEMBER_RELATIONS, type MemberRelation } from './options';
import { MaskedId } from './PersonSearchResults';
import { EMPTY_PERSON, personFieldIds, toPersonBody, validatePerson, type PersonValues } from './person-form';
import { PersonFields } from './PersonFields';
import { addMember, getHousehold } from './persons.api';


/** One household the person belongs to: its members and a form to add one. */
export function HouseholdSection({ householdId, personId }: { householdId: string; personId: string }) {
  const household = useResource(`household:${householdId}`, (signal) => getHousehold(householdId, signal));
  return (
    <ResourceView resource={household}>
      {(data) => <HouseholdMembers household={data} personId={personId} onChanged={household.replace} />}
    </ResourceView>
  );
}

function HouseholdMembers({ household, personId, onChanged }: { household: Household; personId: string; onChanged: (h: Household) => void }) {
  const { t, locale } = useI18n();
  const h = t.household;
  const captionId = useId();
  return (
    <>
      <TableScroll captionId={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId}>{h.caption(household.members.filter((m) => m.current).length)}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.persons.name}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{h.relation}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{h.age}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.persons.nationalId}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {h.income}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {household.members.map((member) => (
              <Table.Row key={member.personId}>
                <Table.HeaderCell scope="row">
                  {member.personId === personId ? (
                    `${member.givenName} ${member.familyName}`
                  ) : (
                    <AppLink href={paths.person(member.personId)}>
                      {member.givenName} {member.familyName}
                    </AppLink>
                  )}
                  {!member.current && (
                    <>
                      {' '}
                      <Tag data-size="sm" data-color="neutral">
                        {h.left}
                      </Tag>
                    </>
                  )}
                </Table.HeaderCell>
                <Table.Cell>{t.labels.relations[member.relation]}</Table.Cell>
                <Table.Cell>{member.age ?? '–'}</Table.Cell>
                <Table.Cell className="nowrap">{member.maskedNationalId ? <MaskedId value={member.maskedNationalId} /> : '–'}</Table.Cell>
                <Table.Cell className="numeric">
                  {member.grossAnnualIncome === null ? '–' : formatKroner(locale, member.grossAnnualIncome)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Details className="block-gap">
        <Details.Summary>{h.addSummary}</Details.Summary>
        <Details.Content>
          <AddMemberForm householdId={household.id} onAdded={onChanged} />
        </Details.Content>
      </Details>
    </>
  );
}

const PREFIX = 'person.';
const MEMBER_PATHS = ['nationalId', 'givenName', 'familyName', 'birthDate'] as const;

function AddMemberForm({ householdId, onAdded }: { householdId: string; onAdded: (h: Household) => void }) {
  const { t } = useI18n();
  const h = t.household;
  const idPrefix = `member-${householdId.slice(0, 8)}`;
  const fieldIds: Record<string, string> = {
    ...personFieldIds(PREFIX, idPrefix, MEMBER_PATHS),
    relation: `${idPrefix}-relation`,
    grossAnnualIncome: `${idPrefix}-income`,
  };
  const [person, setPerson] = useState<PersonValues>(EMPTY_PERSON);
  const [relation, setRelation] = useState<MemberRelation | ''>('');
  const [income, setIncome] = useState('');
  const form = useFormSubmit<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validatePerson(person, t, PREFIX);
    if (!relation) invalid['relation'] = t.form.chooseRequired(h.relation);
    const amount = parseKroner(income);
    if (amount === 'invalid') invalid['grossAnnualIncome'] = t.form.wholeKroner(h.income);
    await form.submit(fieldIds, invalid, async () => {
      if (!relation) return;
      const updated = await addMember(householdId, {
        person: toPersonBody(person),
        relation,
        grossAnnualIncome: amount === 'invalid' ? undefined : amount,
      });
      setPerson(EMPTY_PERSON);
      setRelation('');
      setIncome('');
      onAdded(updated);
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <PersonFields values={person} onChange={setPerson} errors={form.fieldErrors} apiPrefix={PREFIX} idPrefix={idPrefix} variant="member" />
      <SelectField
        id={fieldIds['relation'] ?? ''}
        label={h.relation}
        placeholder={h.chooseRelation}
        options={MEMBER_RELATIONS.map((value) => ({ value, label: t.labels.relations[value] }))}
        value={relation}
        onChange={(value) => setRelation(value as MemberRelation)}
        error={form.fieldErrors['relation']}
      />
      <Textfield
        id={fieldIds['grossAnnualIncome']}
        label={h.income}
        description={t.personForm.incomeHint}
        inputMode="numeric"
        autoComplete="off"
        value={income}
        onChange={(event) => setIncome(event.target.value)}
        error={form.fieldErrors['grossAnnualIncome']}
      />
      <FormActions label={h.add} submitting={form.submitting} />
    </form>
  );
}
