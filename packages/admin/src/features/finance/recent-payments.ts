import type { RecentPaymentsProjectFragment } from '../../gql/graphql';

export type RecentPayment = RecentPaymentsProjectFragment['payments'][number] & { clientName: string; projectId: string };

/** The payments of the loaded projects, newest received first. */
export function recentPayments(projects: readonly RecentPaymentsProjectFragment[], limit: number): RecentPayment[] {
  return projects
    .flatMap((project) => project.payments.map((payment) => ({ ...payment, clientName: project.clientInfo.name, projectId: project.id })))
    .sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt))
    .slice(0, limit);
}
