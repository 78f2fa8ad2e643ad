import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { TokenRejectedError, signAccessToken, verifyAccessToken, type JwtSettings } from './jwt';
import { Role } from './role';

const settings = { secret: 'a'.repeat(32) + 'jwt-spec-secret' };
const key = new TextEncoder().encode(settings.secret);
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** Why `token` is refused under `verifyWith`; fails the test when it is accepted. */
async function rejection(token: string, verifyWith: JwtSettings = settings) {
  const error = await verifyAccessToken(token, verifyWith).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TokenRejectedError);
  return (error as TokenRejectedError).reason;
}

describe('verifyAccessToken', () => {
  it('reads sub, email and the role from app_metadata', async () => {
    const token = await signAccessToken({ sub: 'user-1', role: Role.EXPERT, email: 'Expert@VejaPRO.lt' }, settings);
    await expect(verifyAccessToken(token, settings)).resolves.toMatchObject({ id: 'user-1', email: 'expert@vejapro.lt', role: Role.EXPERT });
  });

  it('refuses an expired token as expired', async () => {
    const token = await new SignJWT({ app_metadata: { role: 'ADMIN' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    expect(await rejection(token)).toBe('expired');
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signAccessToken({ sub: 'u', role: Role.ADMIN }, { secret: 'b'.repeat(40) });
    expect(await rejection(token)).toBe('invalid');
  });

  it('refuses alg: none', async () => {
    const token = new UnsecuredJWT({ app_metadata: { role: 'ADMIN' } }).setSubject('u').setExpirationTime(inAnHour()).encode();
    expect(await rejection(token)).toBe('invalid');
  });

  it('refuses HS512 even with the right secret (the algorithm is pinned)', async () => {
    const token = await new SignJWT({ app_metadata: { role: 'ADMIN' } }).setProtectedHeader({ alg: 'HS512' }).setSubject('u').setExpirationTime(inAnHour()).sign(key);
    expect(await rejection(token)).toBe('invalid');
  });

  it('refuses a tampered payload', async () => {
    const token = await signAccessToken({ sub: 'u', role: Role.CLIENT }, settings);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    claims.app_metadata.role = 'ADMIN';
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(await rejection(forged)).toBe('invalid');
  });

  it('refuses a token without exp', async () => {
    const token = await new SignJWT({ app_metadata: { role: 'ADMIN' } }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').sign(key);
    expect(await rejection(token)).toBe('invalid');
  });

  it('ignores a role that only user_metadata claims: such a viewer is a CLIENT', async () => {
    const token = await new SignJWT({ user_metadata: { role: 'ADMIN' } }).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setExpirationTime(inAnHour()).sign(key);
    await expect(verifyAccessToken(token, settings)).resolves.toMatchObject({ role: Role.CLIENT });
  });

  it('checks audience and issuer when configured', async () => {
    const strict = { ...settings, audience: 'authenticated', issuer: 'https://auth.vejapro.lt' };
    const good = await signAccessToken({ sub: 'u', role: Role.ADMIN }, strict);
    await expect(verifyAccessToken(good, strict)).resolves.toMatchObject({ role: Role.ADMIN });
    const otherIssuer = await signAccessToken({ sub: 'u', role: Role.ADMIN }, { ...strict, issuer: 'https://evil.example' });
    expect(await rejection(otherIssuer, strict)).toBe('invalid');
    const otherAudience = await signAccessToken({ sub: 'u', role: Role.ADMIN }, { ...strict, audience: 'anon' });
    expect(await rejection(otherAudience, strict)).toBe('invalid');
    const neither = await signAccessToken({ sub: 'u', role: Role.ADMIN }, settings);
    expect(await rejection(neither, strict)).toBe('invalid');
  });
});
