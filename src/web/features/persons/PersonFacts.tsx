import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Person } from '../../../contracts/people';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';

/** The person's details. A protected address is never shown: the API leaves it out, we say why. */
export function PersonFacts({ person }: { person: Person }) {
  const { t, locale } = useI18n();
  const l = t.personForm;
  const date = (value: string | null) => (value ? formatDate(locale, value) : t.person.notGiven);
  return (
    <section aria-labelledby="person-facts" className="section section--first">
      <Heading level={2} data-size="sm" id="person-facts">
        {t.person.detailsHeading}
      </Heading>
      {person.addressProtected && (
        <Alert data-color="warning" className="block-gap">
          <Heading level={3} data-size="2xs">
            {t.person.protectedHeading(t.labels.addressProtections[person.addressProtection])}
          </Heading>
          <Paragraph>{t.person.protectedBody}</Paragraph>
        </Alert>
      )}
      <dl className="facts">
        <dt>{l.nationalId}</dt>
        <dd>
          {person.nationalId ?? t.person.notGiven}
          {person.nationalIdKind === 'dnr' && <span className="secondary-line">{t.person.dNumber}</span>}
        </dd>
        <dt>{l.birthDate}</dt>
        <dd>
          {date(person.birthDate)}
          {person.age !== null && <span className="secondary-line">{t.person.age(person.age)}</span>}
        </dd>
        <dt>{l.phone}</dt>
        <dd>{person.phone ?? t.person.notGiven}</dd>
        <dt>{l.email}</dt>
        <dd>{person.email ?? t.person.notGiven}</dd>
        <dt>{l.writtenLanguage}</dt>
        <dd lang={person.writtenLanguage}>{t.labels.writtenLanguages[person.writtenLanguage]}</dd>
        <dt>{t.person.interpreter}</dt>
        <dd>{person.interpreterLanguage ? t.person.interpreterIn(person.interpreterLanguage) : t.person.noInterpreter}</dd>
        <dt>{t.person.address}</dt>
        <dd>
          {person.address ? (
            <>
              {person.address.line}
              <br />
              {person.address.postalCode} {person.address.postalCity}
            </>
          ) : person.addressProtected ? (
            <strong>{t.person.addressProtected(t.labels.addressProtectionsShort[person.addressProtection])}</strong>
          ) : (
            t.person.notGiven
          )}
        </dd>
        <dt>{l.residentSince}</dt>
        <dd>{date(person.residentSince)}</dd>
        <dt>{l.residenceStatus}</dt>
        <dd>{person.residenceStatus ? t.labels.residenceStatuses[person.residenceStatus] : t.person.notGiven}</dd>
        <dt>{l.refugeeSettledOn}</dt>
        <dd>{date(person.refugeeSettledOn)}</dd>
        <dt>{l.gender}</dt>
        <dd>{person.gender ? l.genders[person.gender] : t.person.notGiven}</dd>
      </dl>
    </section>
  );
}
