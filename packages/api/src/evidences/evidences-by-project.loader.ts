import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupBy, type LoaderDefinition } from '../core/context/request-loaders';
import { Evidence } from './evidence.entity';

/** A page's evidences in one query whatever its size, newest first per project. */
export const evidencesByProject: LoaderDefinition<string, Evidence[]> = (dataSource) =>
  new DataLoader(async (projectIds) => {
    const rows = await dataSource.getRepository(Evidence).find({ where: { projectId: In([...projectIds]) }, order: { uploadedAt: 'DESC', id: 'DESC' } });
    const groups = groupBy(rows, (row) => row.projectId);
    return projectIds.map((id) => groups.get(id) ?? []);
  });
