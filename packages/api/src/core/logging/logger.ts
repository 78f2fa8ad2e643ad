import pino, { type DestinationStream, type Logger } from 'pino';
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
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'piiRedaction'>, destination?: DestinationStream): Logger {
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
  return destination ? pino(options, destination) : pino(options);
}
