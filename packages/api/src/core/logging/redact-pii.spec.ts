import { describe, expect, it } from 'vitest';
import { REDACTED, piiFieldSet, redactPii } from './redact-pii';

describe('redactPii', () => {
  const fields = piiFieldSet(['phone', 'email', 'address']);

  it('masks listed fields at any depth and in arrays, case-insensitively', () => {
    const input = {
      project: { clientInfo: { name: 'Jonas', Phone: '+37060000000', email: 'j@x.lt' } },
      list: [{ address: 'Gedimino pr. 1' }],
    };
    expect(redactPii(input, fields)).toEqual({
      project: { clientInfo: { name: 'Jonas', Phone: REDACTED, email: REDACTED } },
      list: [{ address: REDACTED }],
    });
  });

  it('leaves the input untouched and keeps empty values as they are', () => {
    const input = { phone: '+37060000000', email: null };
    redactPii(input, fields);
    expect(input.phone).toBe('+37060000000');
    expect(redactPii(input, fields)).toEqual({ phone: REDACTED, email: null });
  });

  it('passes class instances through for their own serializers', () => {
    const date = new Date();
    const error = new Error('boom');
    expect(redactPii({ at: date, err: error }, fields)).toEqual({ at: date, err: error });
  });
});
