import DataLoader from 'dataloader';
import { groupBy, type LoaderDefinition } from '../core/context/request-loaders';
import { entitiesWhereAny } from '../core/db/entity-rows';
import { Payment } from './payment.entity';

/** A page's payments in one query whatever its size, newest first per project. */
export const paymentsByProject: LoaderDefinition<string, Payment[]> = (dataSource) =>
  new DataLoader(async (projectIds) => {
    const rows = await entitiesWhereAny(dataSource, Payment, 'project_id', projectIds, 't.received_at DESC, t.id DESC');
    const groups = groupBy(rows, (row) => row.projectId);
    return projectIds.map((id) => groups.get(id) ?? []);
  });
