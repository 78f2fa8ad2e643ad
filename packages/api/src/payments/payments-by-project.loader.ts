import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupBy, type LoaderDefinition } from '../core/context/request-loaders';
import { Payment } from './payment.entity';

/** A page's payments in one query whatever its size, newest first per project. */
export const paymentsByProject: LoaderDefinition<string, Payment[]> = (dataSource) =>
  new DataLoader(async (projectIds) => {
    const rows = await dataSource.getRepository(Payment).find({ where: { projectId: In([...projectIds]) }, order: { receivedAt: 'DESC', id: 'DESC' } });
    const groups = groupBy(rows, (row) => row.projectId);
    return projectIds.map((id) => groups.get(id) ?? []);
  });
