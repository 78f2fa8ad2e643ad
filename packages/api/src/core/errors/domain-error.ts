import { ErrorCode } from './error-code';

/**
 * A failure the caller can act on. Services throw these; the GraphQL and HTTP
 * edges map them to `extensions.code` / a status in one place each.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Not allowed') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super(ErrorCode.NOT_FOUND, id ? `${entity} ${id} not found` : `${entity} not found`);
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.INVALID_TRANSITION, message, details);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message = 'Too many requests; try again later',
    /** Sent as Retry-After where the channel has headers. */
    readonly retryAfterSeconds?: number,
  ) {
    super(ErrorCode.RATE_LIMITED, message);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super(ErrorCode.PAYLOAD_TOO_LARGE, `Request body exceeds ${limitBytes} bytes`);
  }
}

/** HTTP status for a domain error answered outside GraphQL (REST endpoints). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.BAD_USER_INPUT:
      return 400;
    case ErrorCode.INVALID_TRANSITION:
    case ErrorCode.CONFLICT:
      return 409;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
  }
}

/** What a client sees of a domain error on any channel: its code, message and details. */
export function clientErrorOf(error: DomainError): { code: ErrorCode; message: string; extensions: Record<string, unknown> } {
  return { code: error.code, message: error.message, extensions: { code: error.code, ...error.details } };
}
