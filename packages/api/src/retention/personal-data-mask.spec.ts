import { describe, expect, it } from 'vitest';
import { piiFieldSet } from '../core/logging/redact-pii';
import { MASK, maskJson, maskText, personalColumns } from './personal-data-mask';

const fields = piiFieldSet(['phone', 'email', 'address', 'clientName']);
const rule = { fields, values: new Set(['Aistė Navickienė', '+37060012345']) };

describe('personal data mask', () => {
  it('masks values under personal field names and the project values anywhere, keeping keys and array lengths', () => {
    const created = { status: 'DRAFT', clientInfo: { name: 'Aistė Navickienė', clientId: null, phone: '+37060012345', email: null, address: 'Vilnius' }, areaM2: 150 };
    expect(maskJson(created, rule)).toEqual({ status: 'DRAFT', clientInfo: { name: MASK, clientId: null, phone: MASK, email: null, address: MASK }, areaM2: 150 });
    expect(maskJson({ channels: ['SMS', '+37060012345'] }, rule)).toEqual({ channels: ['SMS', MASK] });
    expect(maskJson(null, rule)).toBeNull();
  });

  it('changes nothing the second time', () => {
    const once = maskJson({ clientInfo: { name: 'Aistė Navickienė', phone: '+37060012345' } }, rule);
    expect(maskJson(once, rule)).toEqual(once);
  });

  it('masks the values inside a message text', () => {
    expect(maskText('Sveiki, Aistė Navickienė, jūsų numeris +37060012345.', rule.values)).toBe(`Sveiki, ${MASK}, jūsų numeris ${MASK}.`);
  });

  it('names the client columns PII_REDACTION_FIELDS covers, by either name', () => {
    expect(personalColumns(fields)).toEqual(['client_name', 'client_phone', 'client_email', 'client_address']);
    expect(personalColumns(piiFieldSet(['clientPhone']))).toEqual(['client_phone']);
  });
});
