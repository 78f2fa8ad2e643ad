import { connectionTypes } from '../core/graphql/connection';
import { Project } from './project.entity';

export const { ConnectionType: ProjectConnection, EdgeType: ProjectEdge } = connectionTypes(Project, 'Project');
