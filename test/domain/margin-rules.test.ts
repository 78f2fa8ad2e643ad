import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../support/documents';
import { MARGIN_RULES, UPSERT_MARGIN_RULE } from '../support/operations';
import type { MarginRuleInput } from '../generated/graphql';
import { Role, useTestServer } from '../support/test-server';

describe('margin rules', () => {
  const server = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await server.token(Role.ADMIN);
  });

  const save = (input: MarginRuleInput, token = admin) => server.graphql(UPSERT_MARGIN_RULE, { input }, token);

  it('saves rules and refuses an overlapping one of the same service type with CONFLICT', async () => {
    const first = await save({ serviceType: 'IRRIGATION', marginPercent: 25, validFrom: '2026-01-01T00:00:00Z', validTo: '2026-07-01T00:00:00Z' });
    expect(first.errors).toBeUndefined();
    // Adjacent periods do not overlap ([from, to) ranges).
    expect((await save({ serviceType: 'IRRIGATION', marginPercent: 27.5, validFrom: '2026-07-01T00:00:00Z' })).errors).toBeUndefined();
    // Another service type may use the same period.
    expect((await save({ serviceType: 'ROLL_LAWN', marginPercent: 30, validFrom: '2026-03-01T00:00:00Z' })).errors).toBeUndefined();

    const overlapping = await save({ serviceType: 'IRRIGATION', marginPercent: 40, validFrom: '2026-06-01T00:00:00Z', validTo: '2026-08-01T00:00:00Z' });
    expect(overlapping.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'validFrom' } });
    expect(overlapping.errors?.[0]?.message).toMatch(/overlaps/);

    // Other tests of this file save rules of other service types.
    const ours = dataOf(await server.graphql(MARGIN_RULES, {}, admin)).marginRules.filter((r) => ['IRRIGATION', 'ROLL_LAWN'].includes(r.serviceType));
    expect(ours.map((r) => [r.serviceType, r.marginPercent])).toEqual([
      ['IRRIGATION', 27.5],
      ['ROLL_LAWN', 30],
      ['IRRIGATION', 25],
    ]);
  });

  it('is enforced by the database itself, whatever path writes', async () => {
    await server.dataSource.query(`INSERT INTO margin_rules (service_type, margin_percent, valid_from) VALUES ('SEEDED_LAWN', 10, '2026-01-01')`);
    await expect(
      server.dataSource.query(`INSERT INTO margin_rules (service_type, margin_percent, valid_from, valid_to) VALUES ('SEEDED_LAWN', 12, '2025-12-01', '2026-02-01')`),
    ).rejects.toThrow(/ex_margin_rules_overlap/);
  });

  it('changes an existing rule by id, audited with old and new values', async () => {
    const created = await save({ serviceType: 'AERATION', marginPercent: 15, validFrom: '2026-01-01T00:00:00Z' });
    const id = dataOf(created).upsertMarginRule.id;
    expect((await save({ id, serviceType: 'AERATION', marginPercent: 18, validFrom: '2026-01-01T00:00:00Z' })).errors).toBeUndefined();
    const entries = await server.dataSource.query(`SELECT old_value, new_value FROM audit_logs WHERE entity_id = $1 ORDER BY seq`, [id]);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ old_value: { marginPercent: 15 }, new_value: { marginPercent: 18 } });
  });

  it('refuses bad input with BAD_USER_INPUT and non-admins with FORBIDDEN', async () => {
    expect((await save({ serviceType: 'X', marginPercent: 10, validFrom: '2026-05-01T00:00:00Z', validTo: '2026-04-01T00:00:00Z' })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await save({ serviceType: 'X', marginPercent: -1, validFrom: '2026-05-01T00:00:00Z' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await save({ serviceType: 'X', marginPercent: 1, validFrom: '2026-05-01T00:00:00Z' }, await server.token(Role.EXPERT))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
