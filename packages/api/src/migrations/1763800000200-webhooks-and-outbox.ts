import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook deliveries (every provider call, stored before it is acted on),
 * client confirmations (hashed single-use tokens), the outbox of SMS and e-mail,
 * and call requests (phone calls and website chat).
 */
export class WebhooksAndOutbox1763800000200 implements MigrationInterface {
  name = 'WebhooksAndOutbox1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider text NOT NULL CHECK (provider IN ('STRIPE', 'TWILIO', 'CHAT')),
        -- NULL for rejected deliveries: an unverified body's id is not trusted.
        event_id text,
        event_type text,
        payload jsonb,
        raw_body text NOT NULL,
        signature_valid boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED', 'REJECTED')),
        attempts integer NOT NULL DEFAULT 1,
        error text,
        outcome text,
        received_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One row per provider event: repeats raise `attempts` instead of adding rows.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_webhook_deliveries_event ON webhook_deliveries (provider, event_id) WHERE event_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_webhook_deliveries_received ON webhook_deliveries (received_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_webhook_deliveries_status ON webhook_deliveries (status, received_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects (id),
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        failed_attempts integer NOT NULL DEFAULT 0,
        used_at timestamptz,
        used_via text,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_confirmations_token_hash ON confirmations (token_hash)`);
    // At most one open confirmation per project: issuing a new one revokes the old.
    await queryRunner.query(`CREATE UNIQUE INDEX uq_confirmations_open ON confirmations (project_id) WHERE used_at IS NULL AND revoked_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE outbound_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel text NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
        recipient text NOT NULL,
        subject text,
        body text NOT NULL,
        -- Values (confirmation tokens) masked when listed and removed from the body once sent.
        secrets text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CAPTURED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        project_id uuid REFERENCES projects (id),
        confirmation_id uuid REFERENCES confirmations (id),
        provider_message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_outbound_messages_due ON outbound_messages (next_attempt_at) WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX ix_outbound_messages_created ON outbound_messages (created_at DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE call_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL CHECK (source IN ('PHONE', 'CHAT')),
        -- Twilio CallSid or the chat event id: a repeat delivery adds nothing.
        external_id text NOT NULL,
        caller_name text,
        phone text,
        email text,
        message text,
        status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'CONTACTED', 'SCHEDULED', 'CLOSED')),
        note text,
        requested_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_call_requests_external UNIQUE (source, external_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_call_requests_created ON call_requests (created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE call_requests`);
    await queryRunner.query(`DROP TABLE outbound_messages`);
    await queryRunner.query(`DROP TABLE confirmations`);
    await queryRunner.query(`DROP TABLE webhook_deliveries`);
  }
}
