import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Evidence } from '../../evidences/evidence.entity';
import { Payment } from '../../payments/payment.entity';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Batches the nested lists of a page into one query each, whatever the page
 * size. One instance per request, so nothing is cached across viewers.
 */
export class RequestLoaders {
  constructor(private readonly dataSource: DataSource) {}

  readonly paymentsByProject = new DataLoader<string, Payment[]>(async (projectIds) => {
    const rows = await this.dataSource.getRepository(Payment).find({
      where: { projectId: In([...projectIds]) },
      order: { receivedAt: 'DESC', id: 'DESC' },
    });
    const groups = groupBy(rows, (row) => row.projectId);
    return projectIds.map((id) => groups.get(id) ?? []);
  });

  readonly evidencesByProject = new DataLoader<string, Evidence[]>(async (projectIds) => {
    const rows = await this.dataSource.getRepository(Evidence).find({
      where: { projectId: In([...projectIds]) },
      order: { uploadedAt: 'DESC', id: 'DESC' },
    });
    const groups = groupBy(rows, (row) => row.projectId);
    return projectIds.map((id) => groups.get(id) ?? []);
  });
}
