import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { StaffUser } from '../../../contracts/admin';
import { useT } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { NewUserForm } from './NewUserForm';
import { listUsers } from './users.api';
import { UsersTable } from './UsersTable';

export function UsersPage() {
  const t = useT();
  const users = useResource('users', listUsers);

  function handleCreated(user: StaffUser) {
    if (users.status !== 'ready') return users.reload();
    const items = [...users.data.items, user].sort((a, b) => a.username.localeCompare(b.username));
    users.replace({ items });
  }

  return (
    <Page title={t.users.title} heading={t.users.heading}>
      <Paragraph>{t.users.intro}</Paragraph>
      <ResourceView resource={users}>
        {(data) => (data.items.length > 0 ? <UsersTable users={data.items} /> : <Paragraph>{t.users.empty}</Paragraph>)}
      </ResourceView>
      <section aria-labelledby="new-user-heading" className="section narrow">
        <Heading level={2} data-size="sm" id="new-user-heading">
          {t.users.newHeading}
        </Heading>
        <NewUserForm onCreated={handleCreated} />
      </section>
    </Page>
  );
}
