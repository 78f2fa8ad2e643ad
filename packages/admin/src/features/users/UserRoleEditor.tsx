import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { userActionError } from './user-errors';
import { isRole, ROLES } from './user-values';
import { UpdateUser } from './users.graphql';

/** Pick a role and save; the answer updates the row through the cache. */
export function UserRoleEditor({ user }: { user: UserRowFragment }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const [selected, setSelected] = useState(user.role);
  // When the role changes elsewhere (a refetch), the select follows it.
  const [known, setKnown] = useState(user.role);
  if (known !== user.role) {
    setKnown(user.role);
    setSelected(user.role);
  }
  const [updateUser, { loading, error, data, reset }] = useMutation(UpdateUser);
  const save = () => void updateUser({ variables: { input: { id: user.id, role: selected } } }).catch(() => undefined);

  return (
    <div className="row-actions">
      <div className="inline-controls">
        <select
          aria-label={t('row.roleOf', { name: user.name })}
          value={selected}
          onChange={(event) => {
            if (isRole(event.target.value)) setSelected(event.target.value);
            reset();
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tc(`role.${role}`)}
            </option>
          ))}
        </select>
        <Button busy={loading} disabled={selected === user.role} onClick={save}>
          {t('row.saveRole')}
        </Button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {userActionError(error)}
        </p>
      ) : (
        data && (
          <p className="form-success" role="status">
            {t('row.roleSaved', { role: tc(`role.${data.updateUser.role}`) })}
          </p>
        )
      )}
    </div>
  );
}
