import type { TxContext } from '../core/db/transaction';
import { afterCommit } from '../core/db/transaction';
import { MessageChannel } from './outbound-message.enums';
import { OutboundMessage } from './outbound-message.entity';
import { outboxSignal } from './outbox-signal';

export interface NewMessage {
  channel: MessageChannel;
  recipient: string;
  subject?: string | null;
  body: string;
  /** Substrings of the body (confirmation tokens) masked when listed, removed once sent. */
  secrets?: string[];
  projectId?: string | null;
  confirmationId?: string | null;
}

/**
 * Writes a message into the outbox in the caller's transaction: it exists if and only
 * if the change that causes it commits. The worker is woken after commit.
 */
export async function enqueueMessage(tx: TxContext, message: NewMessage): Promise<OutboundMessage> {
  const repository = tx.manager.getRepository(OutboundMessage);
  const saved = await repository.save(
    repository.create({
      channel: message.channel,
      recipient: message.recipient,
      subject: message.subject ?? null,
      body: message.body,
      secrets: message.secrets ?? [],
      projectId: message.projectId ?? null,
      confirmationId: message.confirmationId ?? null,
    }),
  );
  afterCommit(tx, () => {
    outboxSignal.emit('enqueued');
  });
  return saved;
}

/** The body as admins may see it: secrets replaced by asterisks. */
export function maskSecrets(body: string, secrets: readonly string[]): string {
  return secrets.filter(Boolean).reduce((text, secret) => text.split(secret).join('*'.repeat(secret.length)), body);
}
