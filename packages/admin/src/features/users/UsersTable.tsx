import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/app-services';
import type { UserRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { DataTable, type Column } from '../../ui/DataTable';
import { StatusBadge } from '../../ui/StatusBadge';
import { ResendInvitationButton } from './ResendInvitationButton';
import { UserActiveToggle } from './UserActiveToggle';
import { UserRoleEditor } from './UserRoleEditor';
import './users.css';

export function UsersTable({ users }: { users: readonly UserRowFragment[] }) {
  const { t } = useTranslation('users');
  const viewerId = useSession()?.user.id;
  const columns: ReadonlyArray<Column<UserRowFragment>> = [
    { key: 'name', header: t('columns.name'), cell: (u) => (u.id === viewerId ? t('row.you', { name: u.name }) : u.name) },
    { key: 'email', header: t('columns.email'), cell: (u) => <span className="user-email">{u.email ?? '—'}</span> },
    { key: 'phone', header: t('columns.phone'), cell: (u) => u.phone ?? '—' },
    { key: 'role', header: t('columns.role'), cell: (u) => <UserRoleEditor user={u} /> },
    {
      key: 'active',
      header: t('columns.active'),
      cell: (u) => <StatusBadge tone={u.active ? 'ok' : 'neutral'}>{u.active ? t('standing.active') : t('standing.inactive')}</StatusBadge>,
    },
    { key: 'createdAt', header: t('columns.createdAt'), cell: (u) => formatDateTime(u.createdAt) },
    {
      key: 'actions',
      header: t('columns.actions'),
      cell: (u) => (
        <div className="row-actions">
          <UserActiveToggle user={u} />
          <ResendInvitationButton user={u} />
        </div>
      ),
    },
  ];
  return <DataTable caption={t('title')} columns={columns} rows={users} rowKey={(u) => u.id} />;
}
