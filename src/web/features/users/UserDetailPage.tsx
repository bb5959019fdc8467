import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { StaffUser } from '../../../contracts/admin';
import { ApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { EditUserForm } from './EditUserForm';
import { getUser } from './users.api';

export function UserDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const user = useResource(`user:${id}`, (signal) => getUser(id, signal));
  const backLink = (
    <Paragraph>
      <AppLink href={paths.users}>{t.user.back}</AppLink>
    </Paragraph>
  );

  if (user.status === 'error' && isMissing(user.error)) {
    return (
      <Page title={t.user.notFound}>
        <Paragraph>{t.user.notFoundBody}</Paragraph>
        {backLink}
      </Page>
    );
  }

  return (
    <Page title={user.status === 'ready' ? user.data.displayName : t.user.title}>
      {backLink}
      <ResourceView resource={user}>
        {(data) => (
          <>
            <UserFacts user={data} />
            <section aria-labelledby="edit-user-heading" className="section narrow">
              <Heading level={2} data-size="sm" id="edit-user-heading">
                {t.user.editHeading}
              </Heading>
              <EditUserForm key={data.id} user={data} onSaved={user.replace} />
            </section>
          </>
        )}
      </ResourceView>
    </Page>
  );
}

/** 404, or 400 for an id that is not a UUID: either way there is no such user. */
function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'not_found' || error.code === 'validation_failed');
}

function UserFacts({ user }: { user: StaffUser }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="user-facts-heading" className="section">
      <Heading level={2} data-size="sm" id="user-facts-heading">
        {t.user.detailsHeading}
      </Heading>
      <dl className="facts">
        <dt>{t.users.username}</dt>
        <dd>{user.username}</dd>
        <dt>{t.users.role}</dt>
        <dd>{t.roles[user.role]}</dd>
        <dt>{t.users.language}</dt>
        <dd lang={user.language}>{t.languages[user.language]}</dd>
        <dt>{t.users.status}</dt>
        <dd>{user.active ? t.users.active : t.users.inactive}</dd>
        <dt>{t.user.createdAt}</dt>
        <dd>{formatDateTime(locale, user.createdAt)}</dd>
      </dl>
    </section>
  );
}
