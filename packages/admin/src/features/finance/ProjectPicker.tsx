import { useTranslation } from 'react-i18next';
import type { QuickPaymentProjectOptionFragment } from '../../gql/graphql';
import { SelectField, TextField } from '../../ui/Field';

/** The select's value for "a project not in the list": its id is then typed in. */
export const OTHER_PROJECT = '__other__';

interface ProjectPickerProps {
  projects: readonly QuickPaymentProjectOptionFragment[];
  choice: string;
  otherId: string;
  error: string | undefined;
  onChoice: (choice: string, project: QuickPaymentProjectOptionFragment | undefined) => void;
  onOtherId: (id: string) => void;
}

/** The newest projects by client name and status, or any project by its id. */
export function ProjectPicker({ projects, choice, otherId, error, onChoice, onOtherId }: ProjectPickerProps) {
  const { t } = useTranslation('finance');
  const { t: tCommon } = useTranslation();
  const options = [
    { value: '', label: t('quick.chooseProject') },
    ...projects.map((project) => ({ value: project.id, label: `${project.clientInfo.name} · ${tCommon(`status.${project.status}`)}` })),
    { value: OTHER_PROJECT, label: t('quick.otherProject') },
  ];
  return (
    <>
      <SelectField
        label={t('quick.project')}
        options={options}
        value={choice}
        error={choice === OTHER_PROJECT ? undefined : error}
        onChange={(event) =>
          onChoice(
            event.target.value,
            projects.find((project) => project.id === event.target.value),
          )
        }
        required
      />
      {choice === OTHER_PROJECT && (
        <TextField label={t('quick.projectId')} value={otherId} error={error} onChange={(event) => onOtherId(event.target.value)} autoComplete="off" spellCheck={false} required />
      )}
    </>
  );
}
