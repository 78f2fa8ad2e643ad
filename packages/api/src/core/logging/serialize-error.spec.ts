import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { serializeError } from './serialize-error';

describe('serializeError', () => {
  it("keeps what explains the failure and drops the statement's values", () => {
    const driverError = Object.assign(new Error('invalid input syntax'), { code: '22P05', detail: 'Key (email)=(ona@example.lt)' });
    const error = new QueryFailedError('INSERT INTO t VALUES ($1)', ['+37060000000', 'TAIP ABC23X'], driverError);
    const logged = JSON.stringify(serializeError(error));
    expect(logged).toContain('invalid input syntax');
    expect(logged).toContain('QueryFailedError');
    expect(logged).not.toContain('+37060000000');
    expect(logged).not.toContain('ABC23X');
    expect(logged).not.toContain('ona@example.lt');
  });
});
