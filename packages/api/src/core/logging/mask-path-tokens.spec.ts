import { describe, expect, it } from 'vitest';
import { maskPathTokens } from './mask-path-tokens';

describe('maskPathTokens', () => {
  it('hides confirmation tokens in request paths', () => {
    expect(maskPathTokens('/public/confirm-payment/ABC23X?x=1')).toBe('/public/confirm-payment/******?x=1');
    expect(maskPathTokens('/graphql')).toBe('/graphql');
  });
});
