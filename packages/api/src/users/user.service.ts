import { personActor } from '../audit/actor';
import { recordAudit } from '../audit/audit.service';
import { Role } from '../core/auth/role';
import { escapeLike } from '../core/db/escape-like';
import { afterCommit, runInTransaction, type TxContext } from '../core/db/transaction';
import { BadUserInputError, ConflictError, NotFoundError } from '../core/errors/domain-error';
import { publishAfterCommit } from '../core/events/publish';
import type { Connection } from '../core/graphql/connection';
import { keysetPage } from '../core/graphql/keyset-page';
import type { RequestContext } from '../core/context/request-context';
import { isUuid } from '../core/validation/is-uuid';
import { MessageChannel } from '../outbox/outbound-message.enums';
import { enqueueMessage } from '../outbox/outbox.service';
import type { CreateUserInput } from './inputs/create-user.input';
import type { UpdateUserInput } from './inputs/update-user.input';
import type { UsersArgs } from './inputs/users.args';
import { invitationEmail } from './invitation-message';
import { PASSWORD_TOKEN_TTL_DAYS, issuePasswordToken, revokePasswordTokens } from './password-tokens';
import { User } from './user.entity';
import { revokeUserSessions } from './user-sessions';

/** What the audit log keeps of a user: never a password hash or token. */
function snapshot(user: Pick<User, 'email' | 'name' | 'role' | 'phone' | 'active'>) {
  return { email: user.email, name: user.name, role: user.role, phone: user.phone, active: user.active };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Users, newest first; inactive ones included unless filtered. */
export async function listUsers(ctx: RequestContext, args: UsersArgs): Promise<Connection<User>> {
  const qb = ctx.dataSource.getRepository(User).createQueryBuilder('u');
  const filter = args.filter;
  if (filter?.role) qb.andWhere('u.role = :role', { role: filter.role });
  if (filter?.active !== undefined && filter?.active !== null) qb.andWhere('u.active = :active', { active: filter.active });
  const search = filter?.search?.trim();
  if (search) qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q OR u.phone ILIKE :q)', { q: `%${escapeLike(search)}%` });
  return keysetPage(qb, 'u', 'created_at', args);
}

/**
 * An admin adds a person. They are active and assignable at once; an invitation with a
 * single-use set-password link goes to the outbox in the same transaction.
 */
export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  const actor = personActor(ctx);
  const email = normalizeEmail(input.email);
  return runInTransaction(ctx, async (tx) => {
    const [taken] = (await tx.manager.query(`SELECT 1 FROM users WHERE lower(email) = $1`, [email])) as unknown[];
    if (taken) throw emailInUse();
    const repository = tx.manager.getRepository(User);
    // The unique index decides between concurrent creations; the check above only words the common case.
    const user = await repository.save(repository.create({ email, name: input.name.trim(), role: input.role, phone: input.phone ?? null, active: true }));
    await sendInvitation(tx, user);
    await recordAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'USER_CREATED', newValue: snapshot(user) });
    return user;
  }).catch((error: unknown) => {
    throw error instanceof ConflictError && error.details?.constraint === 'uq_users_email' ? emailInUse() : error;
  });
}

function emailInUse(): ConflictError {
  return new ConflictError('A user with this e-mail already exists', { field: 'email' });
}

async function sendInvitation(tx: TxContext, user: User): Promise<void> {
  if (!user.email) throw new BadUserInputError('This user has no e-mail address to send an invitation to', { field: 'email' });
  const token = await issuePasswordToken(tx, user.id);
  const message = invitationEmail(`${tx.config.publicBaseUrl}/admin/set-password/${token}`, user.name, PASSWORD_TOKEN_TTL_DAYS);
  await enqueueMessage(tx, { channel: MessageChannel.EMAIL, recipient: user.email, subject: message.subject, body: message.body, secrets: [token] });
}

/** A new set-password link for an active user (the old ones stop working): an expired invitation, or a forgotten password. */
export async function resendInvitation(ctx: RequestContext, userId: string): Promise<User> {
  const actor = personActor(ctx);
  return runInTransaction(ctx, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user.active) throw new BadUserInputError('An inactive user cannot be invited; activate them first', { field: 'userId' });
    await revokePasswordTokens(tx, user.id);
    await sendInvitation(tx, user);
    await recordAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'INVITATION_SENT' });
    return user;
  });
}

async function lockUser(tx: TxContext, id: string): Promise<User> {
  const user = isUuid(id) ? await tx.manager.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!user) throw new NotFoundError('User', id);
  return user;
}

/**
 * An admin changes name, phone, role or standing. Deactivating revoke the user's sessions
 * (activating again does not restore them). An admin cannot lock themselves out.
 */
export async function updateUser(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
  const actor = personActor(ctx);
  return runInTransaction(ctx, async (tx) => {
    const user = await lockUser(tx, input.id);
    const changes: Partial<Pick<User, 'name' | 'phone' | 'role' | 'active'>> = {};
    if (input.name != null && input.name.trim() !== user.name) changes.name = input.name.trim();
    if (input.phone !== undefined && (input.phone ?? null) !== user.phone) changes.phone = input.phone ?? null;
    if (input.role != null && input.role !== user.role) changes.role = input.role;
    if (input.active != null && input.active !== user.active) changes.active = input.active;
    if (user.id === actor.id && (changes.active === false || (changes.role && changes.role !== Role.ADMIN))) {
      throw new BadUserInputError('You cannot deactivate yourself or take away your own ADMIN role', { field: changes.active === false ? 'active' : 'role' });
    }
    if (!Object.keys(changes).length) return user;

    const oldValue = Object.fromEntries(Object.keys(changes).map((key) => [key, user[key as keyof typeof changes]]));
    await tx.manager.getRepository(User).update({ id: user.id }, { ...changes, updatedAt: () => 'now()' });
    if (changes.active === false) await revokeUserSessions(tx, user.id);
    await recordAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'USER_UPDATED', oldValue, newValue: { ...changes } });
    // Every instance drops what it cached about this user; this one at once.
    publishAfterCommit(tx, { type: 'user.changed', userId: user.id });
    afterCommit(tx, () => ctx.viewers?.forget(user.id));
    return tx.manager.getRepository(User).findOneByOrFail({ id: user.id });
  });
}

/**
 * `contractorId` / `expertId` must name a known, active user with that role;
 * otherwise BAD_USER_INPUT with `extensions.field` naming the argument.
 */
export async function assertAssignable(tx: TxContext, userId: string | null | undefined, role: Role, field: string): Promise<void> {
  if (!userId) return;
  const user = isUuid(userId) ? await tx.manager.getRepository(User).findOneBy({ id: userId }) : null;
  if (user?.role !== role || !user.active) throw new BadUserInputError(`${field} must be the id of an active ${role} user`, { field });
}
