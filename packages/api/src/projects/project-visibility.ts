import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role } from '../core/auth/role';
import type { Viewer } from '../core/auth/viewer';
import { isUuid } from '../core/validation/is-uuid';

/**
 * Restricts a projects query to what the viewer may see: ADMIN everything,
 * CONTRACTOR and EXPERT their assigned projects, CLIENT projects whose client id
 * is their `sub` or whose client e-mail is their e-mail.
 */
export function whereVisibleTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): SelectQueryBuilder<T> {
  switch (viewer.role) {
    case Role.ADMIN:
      return qb;
    case Role.CONTRACTOR:
      return isUuid(viewer.id) ? qb.andWhere(`${alias}.contractor_id = :viewerId`, { viewerId: viewer.id }) : qb.andWhere('FALSE');
    case Role.EXPERT:
      return isUuid(viewer.id) ? qb.andWhere(`${alias}.expert_id = :viewerId`, { viewerId: viewer.id }) : qb.andWhere('FALSE');
    case Role.CLIENT:
      return viewer.email
        ? qb.andWhere(`(${alias}.client_id = :viewerId OR lower(${alias}.client_email) = :viewerEmail)`, { viewerId: viewer.id, viewerEmail: viewer.email })
        : qb.andWhere(`${alias}.client_id = :viewerId`, { viewerId: viewer.id });
  }
}

/** The same rule as whereVisibleTo, for one loaded project (live events). */
export function canSee(viewer: Viewer, project: { contractorId: string | null; expertId: string | null; clientId: string | null; clientEmail: string | null }): boolean {
  switch (viewer.role) {
    case Role.ADMIN:
      return true;
    case Role.CONTRACTOR:
      return project.contractorId === viewer.id;
    case Role.EXPERT:
      return project.expertId === viewer.id;
    case Role.CLIENT:
      return project.clientId === viewer.id || (viewer.email !== null && project.clientEmail?.toLowerCase() === viewer.email);
  }
}
