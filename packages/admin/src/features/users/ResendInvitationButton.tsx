import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { userActionError } from './user-errors';
import { ResendInvitation } from './users.graphql';

/** A fresh set-password link (earlier ones stop working); only for active users with an e-mail, as the API requires. */
export function ResendInvitationButton({ user }: { user: UserRowFragment }) {
  const { t } = useTranslation('users');
  const [resend, { loading, error, data }] = useMutation(ResendInvitation);
  if (!user.active || !user.email) return null;
  return (
    <>
      <Button busy={loading} onClick={() => void resend({ variables: { userId: user.id } }).catch(() => undefined)}>
        {t('row.resendInvitation')}
      </Button>
      {error ? (
        <p className="form-error" role="alert">
          {userActionError(error)}
        </p>
      ) : (
        data && (
          <p className="form-success" role="status">
            {t('row.invitationSent', { email: data.resendInvitation.email })}
          </p>
        )
      )}
    </>
  );
}
