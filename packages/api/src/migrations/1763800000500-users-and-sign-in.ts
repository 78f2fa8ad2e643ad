import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users become manageable and can sign in: an `active` flag, set-password tokens
 * (invitations), refresh-token sessions and failed-login counts. Every secret is
 * stored as a keyed hash (HMAC-SHA-256), never as issued.
 */
export class UsersAndSignIn1763800000500 implements MigrationInterface {
  name = 'UsersAndSignIn1763800000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A user registered from an external token may have no e-mail (or one another user already has).
    await queryRunner.query(`ALTER TABLE users ALTER COLUMN email DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN password_changed_at timestamptz`);
    await queryRunner.query(`ALTER TABLE users ADD CONSTRAINT ck_users_name_length CHECK (length(name) <= 200)`);
    await queryRunner.query(`CREATE INDEX ix_users_created ON users (created_at DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE password_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_password_tokens_user ON password_tokens (user_id) WHERE used_at IS NULL`);

    // One row per refresh token; the rows of one sign-in share a family. A row is used once (rotation).
    await queryRunner.query(`
      CREATE TABLE user_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        family_expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await queryRunner.query(`CREATE INDEX ix_user_sessions_user_live ON user_sessions (user_id) WHERE revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX ix_user_sessions_family ON user_sessions (family_id)`);

    // Failed sign-ins per e-mail (keyed hash of it, so the table holds no addresses), shared by every instance.
    await queryRunner.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        email_key text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_login_failures_key ON login_failures (email_key, failed_at)`);
    await queryRunner.query(`CREATE INDEX ix_login_failures_at ON login_failures (failed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_failures`);
    await queryRunner.query(`DROP TABLE user_sessions`);
    await queryRunner.query(`DROP TABLE password_tokens`);
    await queryRunner.query(`DROP INDEX ix_users_created`);
    await queryRunner.query(`ALTER TABLE users DROP CONSTRAINT ck_users_name_length`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN password_changed_at`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN active`);
    await queryRunner.query(`UPDATE users SET email = id::text || '@unknown.invalid' WHERE email IS NULL`);
    await queryRunner.query(`ALTER TABLE users ALTER COLUMN email SET NOT NULL`);
  }
}
