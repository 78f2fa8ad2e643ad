import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const strongSecret = 'k'.repeat(48);
const productionEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app:pw@db/vejapro?sslmode=require',
  JWT_SECRET: strongSecret,
  STRIPE_SECRET_KEY: 'sk_live_abc',
  STRIPE_WEBHOOK_SECRET: 'whsec_abc',
  TWILIO_ACCOUNT_SID: 'AC123',
  TWILIO_AUTH_TOKEN: 'tw-token-123',
  TWILIO_FROM_NUMBER: '+37052000000',
  CHAT_WEBHOOK_SECRET: 'chat-secret-123',
  SMTP_HOST: 'smtp.vejapro.lt',
};

describe('loadConfig', () => {
  it('has working development defaults with nothing set', () => {
    const { config, problems } = loadConfig({}, '/srv/app');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      dataDir: '/srv/app/.data',
      databaseUrl: undefined,
      publicBaseUrl: 'http://localhost:4000',
      docsEnabled: true,
      allowInsecureWebhooks: false,
      confirmationTtlHours: 72,
      businessTimezone: 'Europe/Vilnius',
      defaultCurrency: 'eur',
      financeLedgerEnabled: true,
    });
  });

  it('accepts a complete production environment and turns docs off there', () => {
    const { config, problems } = loadConfig(productionEnv);
    expect(problems).toEqual([]);
    expect(config.docsEnabled).toBe(false);
    expect(config.seedDemoData).toBe(false);
  });

  it('lists every missing secret in production, one line each', () => {
    const { problems } = loadConfig({ NODE_ENV: 'production' });
    for (const name of ['DATABASE_URL', 'JWT_SECRET', 'STRIPE_WEBHOOK_SECRET', 'TWILIO_AUTH_TOKEN', 'CHAT_WEBHOOK_SECRET']) {
      expect(problems.some((line) => line.startsWith(name))).toBe(true);
    }
    // No Stripe API call is made (webhooks only): its secret key is optional.
    expect(problems.some((line) => line.startsWith('STRIPE_SECRET_KEY'))).toBe(false);
  });

  it('accepts SUPABASE_JWT_SECRET as the JWT secret', () => {
    const { JWT_SECRET: _unused, ...env } = productionEnv;
    const { config, problems } = loadConfig({ ...env, SUPABASE_JWT_SECRET: strongSecret });
    expect(problems).toEqual([]);
    expect(config.jwt.secret).toBe(strongSecret);
  });

  it('refuses insecure webhooks, short JWT secrets and placeholder secrets in production', () => {
    const { problems } = loadConfig({ ...productionEnv, ALLOW_INSECURE_WEBHOOKS: 'true', JWT_SECRET: 'short', STRIPE_WEBHOOK_SECRET: 'whsec_change-me' });
    expect(problems).toEqual(
      expect.arrayContaining([
        'JWT_SECRET must be at least 32 bytes (HS256 key), got 5',
        'STRIPE_WEBHOOK_SECRET is a development placeholder; set a real secret for production',
        'ALLOW_INSECURE_WEBHOOKS=true is refused when NODE_ENV=production',
      ]),
    );
  });

  it('reports malformed values in any environment', () => {
    const { problems } = loadConfig({ PORT: 'eighty', DOCS_ENABLED: 'maybe', BUSINESS_TIMEZONE: 'Mars/Olympus', PUBLIC_BASE_URL: 'ftp://x' });
    expect(problems).toHaveLength(4);
  });
});
