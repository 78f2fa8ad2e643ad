import path from 'node:path';
import { addressMatcher } from '../http/client-address';

/**
 * The one place that reads process.env. Everything else receives an AppConfig.
 * `loadConfig` never throws: it returns every problem found, one line each, so
 * an operator fixes a production deployment in one pass instead of one error per restart.
 */

export type NodeEnv = 'development' | 'production' | 'test';

export interface SmtpConfig {
  host: string | undefined;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  fromEmail: string;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  port: number;
  host: string;
  /** Absolute path; holds the embedded PostgreSQL cluster and development secrets. */
  dataDir: string;
  /** External PostgreSQL; when undefined an embedded cluster is started under dataDir. */
  databaseUrl: string | undefined;
  publicBaseUrl: string;
  logLevel: string;
  /** `pretty` (human-readable) or `json`; `auto` is pretty when stdout is a terminal. */
  logFormat: 'auto' | 'json' | 'pretty';
  jwt: { secret: string | undefined; audience: string | undefined; issuer: string | undefined };
  /** Key of the HMAC that stores issued secrets (sign-in, invitation and confirmation tokens); derived from the JWT secret when unset. */
  tokenHashSecret: string | undefined;
  stripe: { secretKey: string | undefined; webhookSecret: string | undefined; apiBaseUrl: string | undefined };
  twilio: {
    accountSid: string | undefined;
    authToken: string | undefined;
    fromNumber: string | undefined;
    webhookUrl: string | undefined;
    voiceWebhookUrl: string | undefined;
    apiBaseUrl: string | undefined;
  };
  smtp: SmtpConfig;
  chatWebhookSecret: string | undefined;
  corsOrigins: string[];
  adminIpAllowlist: string[];
  /** Proxies whose forwarding headers (CF-Connecting-IP, X-Forwarded-For) are believed: addresses, CIDR ranges, loopback/linklocal/uniquelocal; false trusts none. */
  trustedProxies: string[] | false;
  allowInsecureWebhooks: boolean;
  docsEnabled: boolean;
  securityHeadersEnabled: boolean;
  rateLimitApiEnabled: boolean;
  /** RATE_LIMIT_API_ENABLED's budgets per minute, in points (core/graphql/operation-cost.ts): per client address and per signed-in user. */
  rateLimitApiPerMinute: { perIp: number; perUser: number };
  /** Field names of personal data: redacted in logs (when enabled) and masked by retention. */
  piiRedaction: { enabled: boolean; fields: string[] };
  /** Where `pnpm db:backup` writes; default `${dataDir}/backups`. */
  backupDir: string;
  /** Personal data of projects ACTIVE for longer than this many days is masked daily; 0 = off. */
  retentionDays: number;
  financeLedgerEnabled: boolean;
  financeMetricsEnabled: boolean;
  confirmationTtlHours: number;
  businessTimezone: string;
  defaultCurrency: string;
  seedDemoData: boolean;
  /** Deadlines against a slow database: every connection carries its statement and idle-in-transaction limits. */
  database: DatabaseLimits;
  /** A webhook is answered by then (processed, or 503 so the provider retries); below the providers' own ~10 s wait. */
  webhookDeadlineMs: number;
  /** Bearer token for GET /metrics; without one, /metrics is open outside production and absent in production. */
  metricsToken: string | undefined;
  company: { name: string; code: string; vatCode: string; address: string; email: string; phone: string };
}

export interface DatabaseLimits {
  poolSize: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  /** Waiting for a pooled connection, including opening a new one. */
  poolAcquireTimeoutMs: number;
}

export interface ConfigResult {
  config: AppConfig;
  problems: string[];
}

export const DEFAULT_PII_FIELDS = [
  'phone',
  'email',
  'address',
  'clientName',
  'clientPhone',
  'clientEmail',
  'clientAddress',
  'recipient',
  'from',
  'to',
  'caller',
  'called',
  'password',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
];

/** Values copied from .env.example that must never reach production. */
const PLACEHOLDER_MARKERS = ['change-me', 'changeme', 'replace-me', 'dev-secret', 'example', 'xxxx'];

const MIN_JWT_SECRET_BYTES = 32;

type Env = Record<string, string | undefined>;

class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  string(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const normalized = value.toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
    if (['false', '0', 'no', 'off'].includes(normalized)) return false;
    this.problems.push(`${name} must be true or false, got "${value}"`);
    return fallback;
  }

  int(name: string, fallback: number, { min, max }: { min: number; max: number }): number {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
      return fallback;
    }
    return parsed;
  }

  url(name: string, fallback?: string): string | undefined {
    const value = this.string(name) ?? fallback;
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('protocol');
      return value.replace(/\/+$/, '');
    } catch {
      this.problems.push(`${name} must be an http(s) URL, got "${value}"`);
      return fallback;
    }
  }

  list(name: string, fallback: string[]): string[] {
    const value = this.string(name);
    if (value === undefined) return fallback;
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }
}

function parseNodeEnv(reader: EnvReader): NodeEnv {
  const value = reader.string('NODE_ENV') ?? 'development';
  if (value === 'development' || value === 'production' || value === 'test') return value;
  reader.problems.push(`NODE_ENV must be development, production or test, got "${value}"`);
  return 'development';
}

function parseLogFormat(reader: EnvReader): AppConfig['logFormat'] {
  const value = reader.string('LOG_FORMAT') ?? 'auto';
  if (value === 'auto' || value === 'json' || value === 'pretty') return value;
  reader.problems.push(`LOG_FORMAT must be auto, json or pretty, got "${value}"`);
  return 'auto';
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function looksLikePlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  return PLACEHOLDER_MARKERS.some((marker) => lower.includes(marker));
}

/**
 * @param env usually process.env
 * @param baseDir relative DATA_DIR values resolve against it (the directory `pnpm` was run from)
 */
export function loadConfig(env: Env, baseDir = env.INIT_CWD ?? process.cwd()): ConfigResult {
  const reader = new EnvReader(env);
  const nodeEnv = parseNodeEnv(reader);
  const isProduction = nodeEnv === 'production';
  const port = reader.int('PORT', 4000, { min: 0, max: 65535 });
  const jwtSecret = reader.string('JWT_SECRET') ?? reader.string('SUPABASE_JWT_SECRET');

  const businessTimezone = reader.string('BUSINESS_TIMEZONE') ?? 'Europe/Vilnius';
  if (!isValidTimeZone(businessTimezone)) reader.problems.push(`BUSINESS_TIMEZONE is not a known time zone: "${businessTimezone}"`);
  const defaultCurrency = (reader.string('DEFAULT_CURRENCY') ?? 'eur').toLowerCase();
  if (!/^[a-z]{3}$/.test(defaultCurrency)) reader.problems.push(`DEFAULT_CURRENCY must be an ISO 4217 code, got "${defaultCurrency}"`);

  const publicBaseUrl = reader.url('PUBLIC_BASE_URL', `http://localhost:${port}`)!;
  const trustedProxies = reader.list('TRUSTED_PROXIES', []);
  const docsEnabled = reader.bool('DOCS_ENABLED', !isProduction);
  const dataDir = path.resolve(baseDir, reader.string('DATA_DIR') ?? '.data');

  const config: AppConfig = {
    nodeEnv,
    isProduction,
    port,
    host: reader.string('HOST') ?? '0.0.0.0',
    dataDir,
    databaseUrl: reader.string('DATABASE_URL'),
    publicBaseUrl,
    logLevel: reader.string('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    logFormat: parseLogFormat(reader),
    jwt: { secret: jwtSecret, audience: reader.string('JWT_AUDIENCE'), issuer: reader.string('JWT_ISSUER') },
    tokenHashSecret: reader.string('TOKEN_HASH_SECRET'),
    stripe: {
      secretKey: reader.string('STRIPE_SECRET_KEY'),
      webhookSecret: reader.string('STRIPE_WEBHOOK_SECRET'),
      apiBaseUrl: reader.url('STRIPE_API_BASE_URL'),
    },
    twilio: {
      accountSid: reader.string('TWILIO_ACCOUNT_SID'),
      authToken: reader.string('TWILIO_AUTH_TOKEN'),
      fromNumber: reader.string('TWILIO_FROM_NUMBER'),
      webhookUrl: reader.url('TWILIO_WEBHOOK_URL'),
      voiceWebhookUrl: reader.url('TWILIO_VOICE_WEBHOOK_URL'),
      apiBaseUrl: reader.url('TWILIO_API_BASE_URL'),
    },
    smtp: {
      host: reader.string('SMTP_HOST'),
      port: reader.int('SMTP_PORT', 587, { min: 1, max: 65535 }),
      secure: reader.bool('SMTP_SECURE', false),
      user: reader.string('SMTP_USER'),
      password: reader.string('SMTP_PASSWORD'),
      fromEmail: reader.string('SMTP_FROM_EMAIL') ?? 'no-reply@vejapro.lt',
    },
    chatWebhookSecret: reader.string('CHAT_WEBHOOK_SECRET'),
    corsOrigins: reader.list('CORS_ORIGINS', isProduction ? [new URL(publicBaseUrl).origin] : [new URL(publicBaseUrl).origin, 'http://localhost:5173']),
    adminIpAllowlist: reader.list('ADMIN_IP_ALLOWLIST', []),
    trustedProxies: trustedProxies.length ? trustedProxies : false,
    allowInsecureWebhooks: reader.bool('ALLOW_INSECURE_WEBHOOKS', false),
    docsEnabled,
    securityHeadersEnabled: reader.bool('SECURITY_HEADERS_ENABLED', true),
    rateLimitApiEnabled: reader.bool('RATE_LIMIT_API_ENABLED', false),
    rateLimitApiPerMinute: {
      perIp: reader.int('RATE_LIMIT_API_PER_IP_PER_MINUTE', 300, { min: 1, max: 1_000_000 }),
      perUser: reader.int('RATE_LIMIT_API_PER_USER_PER_MINUTE', 600, { min: 1, max: 1_000_000 }),
    },
    piiRedaction: {
      enabled: reader.bool('PII_REDACTION_ENABLED', true),
      fields: reader.list('PII_REDACTION_FIELDS', DEFAULT_PII_FIELDS),
    },
    backupDir: path.resolve(baseDir, reader.string('BACKUP_DIR') ?? path.join(dataDir, 'backups')),
    retentionDays: reader.int('RETENTION_DAYS', 0, { min: 0, max: 36_500 }),
    financeLedgerEnabled: reader.bool('ENABLE_FINANCE_LEDGER', true),
    financeMetricsEnabled: reader.bool('ENABLE_FINANCE_METRICS', true),
    confirmationTtlHours: reader.int('CONFIRMATION_TTL_HOURS', 72, { min: 1, max: 24 * 90 }),
    businessTimezone,
    defaultCurrency,
    seedDemoData: reader.bool('SEED_DEMO_DATA', !isProduction),
    database: {
      poolSize: reader.int('DB_POOL_SIZE', 10, { min: 1, max: 1000 }),
      statementTimeoutMs: reader.int('DB_STATEMENT_TIMEOUT_MS', 8_000, { min: 100, max: 3_600_000 }),
      idleInTransactionTimeoutMs: reader.int('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 10_000, { min: 100, max: 3_600_000 }),
      poolAcquireTimeoutMs: reader.int('DB_POOL_ACQUIRE_TIMEOUT_MS', 5_000, { min: 100, max: 600_000 }),
    },
    webhookDeadlineMs: reader.int('WEBHOOK_DEADLINE_MS', 9_000, { min: 100, max: 600_000 }),
    metricsToken: reader.string('METRICS_TOKEN'),
    company: {
      name: reader.string('COMPANY_NAME') ?? 'UAB „VejaPRO“',
      code: reader.string('COMPANY_CODE') ?? '300000000',
      vatCode: reader.string('COMPANY_VAT_CODE') ?? 'LT100000000000',
      address: reader.string('COMPANY_ADDRESS') ?? 'Vilnius, Lietuva',
      email: reader.string('COMPANY_EMAIL') ?? 'info@vejapro.lt',
      phone: reader.string('COMPANY_PHONE') ?? '+37060000000',
    },
  };

  for (const [name, entries] of [
    ['TRUSTED_PROXIES', trustedProxies],
    ['ADMIN_IP_ALLOWLIST', config.adminIpAllowlist],
  ] as const) {
    try {
      addressMatcher(entries);
    } catch (error) {
      reader.problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret) < MIN_JWT_SECRET_BYTES && isProduction) {
    reader.problems.push(`JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes (HS256 key), got ${Buffer.byteLength(jwtSecret)}`);
  }
  if (isProduction) reader.problems.push(...productionProblems(config));
  return { config, problems: reader.problems };
}

/** What a development machine may lack but a production deployment may not. */
function productionProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  const required: Array<[string, string | undefined]> = [
    ['DATABASE_URL', config.databaseUrl],
    ['JWT_SECRET (or SUPABASE_JWT_SECRET)', config.jwt.secret],
    ['STRIPE_WEBHOOK_SECRET', config.stripe.webhookSecret],
    ['TWILIO_ACCOUNT_SID', config.twilio.accountSid],
    ['TWILIO_AUTH_TOKEN', config.twilio.authToken],
    ['TWILIO_FROM_NUMBER', config.twilio.fromNumber],
    ['CHAT_WEBHOOK_SECRET', config.chatWebhookSecret],
    ['SMTP_HOST', config.smtp.host],
  ];
  for (const [name, value] of required) {
    if (value === undefined) problems.push(`${name} is required when NODE_ENV=production`);
  }
  const secrets: Array<[string, string | undefined]> = [
    ['JWT_SECRET', config.jwt.secret],
    ['TOKEN_HASH_SECRET', config.tokenHashSecret],
    ['STRIPE_SECRET_KEY', config.stripe.secretKey],
    ['STRIPE_WEBHOOK_SECRET', config.stripe.webhookSecret],
    ['TWILIO_AUTH_TOKEN', config.twilio.authToken],
    ['CHAT_WEBHOOK_SECRET', config.chatWebhookSecret],
    ['SMTP_PASSWORD', config.smtp.password],
    ['METRICS_TOKEN', config.metricsToken],
  ];
  for (const [name, value] of secrets) {
    if (value !== undefined && looksLikePlaceholder(value)) {
      problems.push(`${name} is a development placeholder; set a real secret for production`);
    }
  }
  if (config.allowInsecureWebhooks) problems.push('ALLOW_INSECURE_WEBHOOKS=true is refused when NODE_ENV=production');
  return problems;
}
