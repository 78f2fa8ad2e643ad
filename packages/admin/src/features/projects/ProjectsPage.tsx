import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import './projects.css';
import { useSession } from '../../app/app-services';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { asProjectStatus } from './project-statuses';
import { ProjectFilters } from './ProjectFilters';
import { ProjectsTable } from './ProjectsTable';
import { ProjectsChanged, ProjectsList } from './projects.graphql';

const PAGE_SIZE = 20;

/** The projects the API lets the viewer see, filtered and paged through the URL, kept live. */
export default function ProjectsPage() {
  const { t } = useTranslation('projects');
  const session = useSession();
  const [params] = useSearchParams();
  const status = asProjectStatus(params.get('status'));
  const search = params.get('q')?.trim() || undefined;
  const after = params.get('after') || undefined;
  const filter = status || search ? { ...(status ? { status } : {}), ...(search ? { search } : {}) } : undefined;

  const { data, loading, error, refetch } = useQuery(ProjectsList, { variables: { first: PAGE_SIZE, after, filter } });
  // Events carry the row's fields, so a changed row is rewritten in the cache in place. A project
  // not on this page (a new one) shows up on the first page by refetching it.
  useSubscription(ProjectsChanged, {
    context: { queryDeduplication: false },
    ignoreResults: true,
    onData: ({ data: event }) => {
      const id = event.data?.projectChanged.id;
      if (id && !after && !data?.projects.edges.some((edge) => edge.node.id === id)) void refetch();
    },
  });

  const rows = data?.projects.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          session?.user.role === 'ADMIN' && (
            <Link className="button button-primary" to="/projects/new">
              {t('newProject')}
            </Link>
          )
        }
      />
      <ProjectFilters />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        loading && <Loading />
      ) : (
        <>
          {rows.length > 0 ? <ProjectsTable rows={rows} /> : <Empty>{filter ? t('emptyFiltered') : undefined}</Empty>}
          <Pager totalCount={data.projects.totalCount} endCursor={data.projects.pageInfo.endCursor} hasNextPage={data.projects.pageInfo.hasNextPage} />
        </>
      )}
    </>
  );
}
