import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log stays append-only, with one exception made by design for the retention job:
 * an UPDATE passes only when every column except `old_value` / `new_value` is unchanged and,
 * inside those two, nothing changes but values replaced by the mask `[MASKED]` (same keys,
 * same array lengths). Such an update can only erase information, never forge or move it,
 * so the guard needs no session flag that any connection could set. DELETE and TRUNCATE are
 * still refused, and so is every other UPDATE. The mask is spelled here rather than imported:
 * a migration must not change when the code does (retention/personal-data-mask.ts uses the same).
 */
export class Retention1763800000600 implements MigrationInterface {
  name = 'Retention1763800000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_value_only_masked(before jsonb, after jsonb) RETURNS boolean
      LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        key text;
        i integer;
      BEGIN
        IF before IS NOT DISTINCT FROM after THEN RETURN true; END IF;
        IF before IS NULL OR after IS NULL THEN RETURN false; END IF;
        IF after = to_jsonb('[MASKED]'::text) THEN RETURN true; END IF;
        IF jsonb_typeof(before) = 'object' AND jsonb_typeof(after) = 'object' THEN
          IF ARRAY(SELECT jsonb_object_keys(before) ORDER BY 1) <> ARRAY(SELECT jsonb_object_keys(after) ORDER BY 1) THEN RETURN false; END IF;
          FOR key IN SELECT jsonb_object_keys(before) LOOP
            IF NOT audit_value_only_masked(before -> key, after -> key) THEN RETURN false; END IF;
          END LOOP;
          RETURN true;
        END IF;
        IF jsonb_typeof(before) = 'array' AND jsonb_typeof(after) = 'array' THEN
          IF jsonb_array_length(before) <> jsonb_array_length(after) THEN RETURN false; END IF;
          FOR i IN 0 .. jsonb_array_length(before) - 1 LOOP
            IF NOT audit_value_only_masked(before -> i, after -> i) THEN RETURN false; END IF;
          END LOOP;
          RETURN true;
        END IF;
        RETURN false;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_logs_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND to_jsonb(NEW) - 'old_value' - 'new_value' = to_jsonb(OLD) - 'old_value' - 'new_value'
           AND audit_value_only_masked(OLD.old_value, NEW.old_value)
           AND audit_value_only_masked(OLD.new_value, NEW.new_value) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_logs is append-only: % refused (only masking values with [MASKED] is allowed)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`DROP TRIGGER audit_logs_no_update_or_delete ON audit_logs`);
    await queryRunner.query(`
      CREATE TRIGGER audit_logs_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_logs
      FOR EACH ROW EXECUTE FUNCTION audit_logs_guard()`);
    // Finds a project's activation (its STATUS_CHANGED entry to ACTIVE) without scanning the log.
    await queryRunner.query(`
      CREATE INDEX ix_audit_logs_project_activation ON audit_logs (entity_id, created_at)
      WHERE entity_type = 'project' AND action = 'STATUS_CHANGED' AND new_value ->> 'status' = 'ACTIVE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_audit_logs_project_activation`);
    await queryRunner.query(`DROP TRIGGER audit_logs_no_update_or_delete ON audit_logs`);
    await queryRunner.query(`
      CREATE TRIGGER audit_logs_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_logs
      FOR EACH ROW EXECUTE FUNCTION append_only_guard()`);
    await queryRunner.query(`DROP FUNCTION audit_logs_guard()`);
    await queryRunner.query(`DROP FUNCTION audit_value_only_masked(jsonb, jsonb)`);
  }
}
