import type { ReactNode } from 'react';
import { Pager } from './Pager';
import { Empty, ErrorState, Loading } from './States';

interface ConnectionPage<Node> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: ReadonlyArray<{ node: Node }>;
}

/**
 * One page of a connection with its states: the error (when nothing is on screen yet), loading,
 * empty, or the rows followed by the pager. Rows already shown stay while a refetch runs.
 */
export function PagedList<Node>({
  page,
  error,
  onRetry,
  empty,
  children,
}: {
  page: ConnectionPage<Node> | undefined;
  error?: unknown;
  onRetry: () => void;
  empty: string;
  children: (nodes: Node[]) => ReactNode;
}) {
  if (error && !page) return <ErrorState error={error} onRetry={onRetry} />;
  if (!page) return <Loading />;
  if (page.edges.length === 0) return <Empty>{empty}</Empty>;
  return (
    <>
      {children(page.edges.map((edge) => edge.node))}
      <Pager totalCount={page.totalCount} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} />
    </>
  );
}
