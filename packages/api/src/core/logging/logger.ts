import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '../config/config';
import { piiFieldSet, redactPii } from './redact-pii';
import { serializeError } from './serialize-error';

export type { Logger };

/** Headers that carry credentials or provider signatures. */
const SECRET_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["stripe-signature"]',
  'req.headers["x-twilio-signature"]',
  'req.headers["x-signature"]',
  'res.headers["set-cookie"]',
  'authorization',
  'password',
  'token',
];

/** @param destination where the lines go (default stdout); tests capture them to check what a log holds. */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'piiRedaction'> & Partial<Pick<AppConfig, 'logFormat'>>, destination?: DestinationStream): Logger {
  const fields = piiFieldSet(config.piiRedaction.fields);
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { service: 'vejapro-api' },
    redact: { paths: SECRET_PATHS, censor: '[REDACTED]' },
    serializers: { err: serializeError, error: serializeError },
    formatters: {
      log: (object) => (config.piiRedaction.enabled ? (redactPii(object, fields) as Record<string, unknown>) : object),
    },
  };
  const target = destination ?? (wantsPretty(config.logFormat ?? 'auto') ? prettyStream() : undefined);
  return target ? pino(options, target) : pino(options);
}

/** A person reads a terminal; machines (log shippers, systemd, containers) read JSON. */
function wantsPretty(format: AppConfig['logFormat']): boolean {
  return format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
}

function prettyStream(): DestinationStream {
  return pretty({ colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service', singleLine: true, sync: true });
}
