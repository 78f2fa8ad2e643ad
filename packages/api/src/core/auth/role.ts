import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  CONTRACTOR = 'CONTRACTOR',
  EXPERT = 'EXPERT',
  CLIENT = 'CLIENT',
}

registerEnumType(Role, { name: 'Role', description: "What a signed-in person may do; from the token's app_metadata.role." });

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
}
