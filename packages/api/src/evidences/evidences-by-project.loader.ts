import DataLoader from 'dataloader';
import { groupBy, type LoaderDefinition } from '../core/context/request-loaders';
import { entitiesWhereAny } from '../core/db/entity-rows';
import { Evidence } from './evidence.entity';

/** A page's evidences in one query whatever its size, newest first per project. */
export const evidencesByProject: LoaderDefinition<string, Evidence[]> = (dataSource) =>
  new DataLoader(async (projectIds) => {
    const rows = await entitiesWhereAny(dataSource, Evidence, 'project_id', projectIds, 't.uploaded_at DESC, t.id DESC');
    const groups = groupBy(rows, (row) => row.projectId);
    return projectIds.map((id) => groups.get(id) ?? []);
  });
