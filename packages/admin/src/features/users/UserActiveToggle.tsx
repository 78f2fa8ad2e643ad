import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { userActionError } from './user-errors';
import { UpdateUser } from './users.graphql';

/** Deactivation signs the person out everywhere, so it asks first; reactivation does not. */
export function UserActiveToggle({ user }: { user: UserRowFragment }) {
  const { t } = useTranslation('users');
  const [updateUser, { loading, error }] = useMutation(UpdateUser);
  const setActive = (active: boolean) => void updateUser({ variables: { input: { id: user.id, active } } }).catch(() => undefined);

  return (
    <>
      {user.active ? (
        <ConfirmDialog
          trigger={
            <Button variant="danger" busy={loading}>
              {t('row.deactivate')}
            </Button>
          }
          title={t('confirmDeactivate.title', { name: user.name })}
          description={t('confirmDeactivate.description')}
          confirmLabel={t('row.deactivate')}
          onConfirm={() => setActive(false)}
        />
      ) : (
        <Button busy={loading} onClick={() => setActive(true)}>
          {t('row.reactivate')}
        </Button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {userActionError(error)}
        </p>
      )}
    </>
  );
}
