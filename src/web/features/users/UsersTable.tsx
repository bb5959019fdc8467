import { Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { StaffUser } from '../../../contracts/admin';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { TableScroll } from '../../components/TableScroll';

export function UsersTable({ users }: { users: readonly StaffUser[] }) {
  const t = useT();
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId}>{t.users.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.users.username}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.users.displayName}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.users.role}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.users.language}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.users.status}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.user(user.id)}>{user.username}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{user.displayName}</Table.Cell>
              <Table.Cell>{t.roles[user.role]}</Table.Cell>
              <Table.Cell lang={user.language}>{t.languages[user.language]}</Table.Cell>
              <Table.Cell>
                <Tag data-color={user.active ? 'success' : 'neutral'} data-size="sm">
                  {user.active ? t.users.active : t.users.inactive}
                </Tag>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
