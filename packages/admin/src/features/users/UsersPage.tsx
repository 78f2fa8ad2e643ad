import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../ui/PagedList';
import { PageHeader } from '../../ui/PageHeader';
import { InviteUserForm } from './InviteUserForm';
import { UserFilters } from './UserFilters';
import { UsersTable } from './UsersTable';
import { filterFromUrl } from './user-values';
import { Users } from './users.graphql';

const PAGE_SIZE = 20;

export default function UsersPage() {
  const { t } = useTranslation('users');
  const [params] = useSearchParams();
  const filter = filterFromUrl(params.get('role') ?? '', params.get('active') ?? '', params.get('search') ?? '');
  const { data, error, refetch } = useQuery(Users, { variables: { first: PAGE_SIZE, after: params.get('after'), filter } });
  const connection = data?.users;

  return (
    <>
      <PageHeader title={t('title')} />
      <InviteUserForm />
      <section aria-labelledby="users-list-title">
        <h2 id="users-list-title">{t('listTitle')}</h2>
        <UserFilters />
        <div data-testid="users-list">
          <PagedList page={connection} error={error} onRetry={() => void refetch()} empty={t('empty')}>
            {(nodes) => <UsersTable users={nodes} />}
          </PagedList>
        </div>
      </section>
    </>
  );
}
