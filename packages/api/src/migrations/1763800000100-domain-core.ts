import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users, projects, evidences, payments, margin rules and the audit log.
 * Invariants live in the database: enum checks, unique payment references,
 * non-overlapping margin rules (exclusion constraint) and an append-only audit log (trigger).
 */
export class DomainCore1763800000100 implements MigrationInterface {
  name = 'DomainCore1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'CONTRACTOR', 'EXPERT', 'CLIENT')),
        name text NOT NULL,
        password_hash text,
        phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_users_email ON users (lower(email))`);

    await queryRunner.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'PAID', 'SCHEDULED', 'PENDING_EXPERT', 'CERTIFIED', 'ACTIVE')),
        client_name text NOT NULL CHECK (length(client_name) BETWEEN 1 AND 200),
        client_id text,
        client_phone text,
        client_email text,
        client_address text,
        contractor_id uuid REFERENCES users (id),
        expert_id uuid REFERENCES users (id),
        service_type text,
        area_m2 numeric(12, 2) CHECK (area_m2 > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Keyset pagination (newest first) and the per-role visibility filters.
    await queryRunner.query(`CREATE INDEX ix_projects_created ON projects (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_projects_status_created ON projects (status, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_projects_contractor ON projects (contractor_id) WHERE contractor_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_projects_expert ON projects (expert_id) WHERE expert_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_projects_client_id ON projects (client_id) WHERE client_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_projects_client_email ON projects (lower(client_email)) WHERE client_email IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE evidences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects (id),
        file_url text NOT NULL,
        category text NOT NULL,
        show_on_web boolean NOT NULL DEFAULT false,
        is_featured boolean NOT NULL DEFAULT false,
        uploaded_by text,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_evidences_project ON evidences (project_id, uploaded_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects (id),
        provider text NOT NULL CHECK (provider IN ('STRIPE', 'MANUAL')),
        provider_reference text NOT NULL,
        payment_type text NOT NULL CHECK (payment_type IN ('DEPOSIT', 'FINAL')),
        method text,
        amount integer NOT NULL CHECK (amount > 0),
        refunded_amount integer NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
        currency char(3) NOT NULL CHECK (currency = lower(currency)),
        status text NOT NULL CHECK (status IN ('SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED')),
        received_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_payments_provider_reference UNIQUE (provider, provider_reference, payment_type),
        CONSTRAINT uq_payments_project_type_reference UNIQUE (project_id, payment_type, provider_reference)
      )`);
    await queryRunner.query(`CREATE INDEX ix_payments_project ON payments (project_id, received_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE margin_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_type text NOT NULL CHECK (length(service_type) BETWEEN 1 AND 100),
        margin_percent numeric(6, 2) NOT NULL CHECK (margin_percent >= 0 AND margin_percent < 1000),
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_margin_rules_period CHECK (valid_to IS NULL OR valid_to > valid_from),
        -- Two rules of one service type may never apply at the same moment.
        CONSTRAINT ex_margin_rules_overlap EXCLUDE USING gist (
          service_type WITH =,
          tstzrange(valid_from, valid_to, '[)') WITH &&
        )
      )`);

    await queryRunner.query(`
      CREATE TABLE audit_logs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        project_id uuid,
        action text NOT NULL,
        old_value jsonb,
        new_value jsonb,
        note text,
        actor_type text NOT NULL CHECK (actor_type IN
          ('ADMIN', 'CONTRACTOR', 'EXPERT', 'CLIENT', 'SYSTEM_STRIPE', 'SYSTEM_TWILIO', 'SYSTEM_EMAIL', 'SYSTEM')),
        actor_id text,
        source_ref text,
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_logs_entity ON audit_logs (entity_type, entity_id, seq DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_logs_project ON audit_logs (project_id, seq DESC) WHERE project_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_audit_logs_created ON audit_logs (created_at)`);
    await queryRunner.query(`
      CREATE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_logs_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_logs
      FOR EACH ROW EXECUTE FUNCTION append_only_guard()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
      FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_logs`);
    await queryRunner.query(`DROP FUNCTION append_only_guard()`);
    await queryRunner.query(`DROP TABLE margin_rules`);
    await queryRunner.query(`DROP TABLE payments`);
    await queryRunner.query(`DROP TABLE evidences`);
    await queryRunner.query(`DROP TABLE projects`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
