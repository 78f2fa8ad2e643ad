import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type { AppConfig } from '../core/config/config';

export interface SmsSender {
  /** Resolves with Twilio's message sid; rejects with an Error whose message is safe to store (no number, no body). */
  send(to: string, body: string): Promise<string>;
}

/**
 * Sends every request of the SDK to `baseUrl` instead of https://api.twilio.com (a local
 * fake in tests, a stub in staging). Rewritten here, after the SDK has built the final URL:
 * setting `client.api.baseUrl` alone is not enough, because the SDK then rewrites the host
 * for edges and regions (TWILIO_EDGE/TWILIO_REGION, or any two-label host name such as
 * `fake.internal`, which it misreads as product.region).
 */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly baseUrl: string,
    options: RequestClient.RequestClientOptions,
  ) {
    super(options);
  }

  override request<TData>(options: RequestClient.RequestOptions<TData>) {
    const target = new URL(options.uri);
    return super.request({ ...options, uri: `${this.baseUrl.replace(/\/+$/, '')}${target.pathname}${target.search}` });
  }
}

/** null when SMS credentials are not configured. */
export function createSmsSender(settings: AppConfig['twilio'], timeoutMs: number): SmsSender | null {
  const { accountSid, authToken, fromNumber, apiBaseUrl } = settings;
  if (!accountSid || !authToken || !fromNumber) return null;
  const httpClientOptions = { timeout: timeoutMs, autoRetry: false };
  const httpClient = apiBaseUrl ? new RebasedRequestClient(apiBaseUrl, httpClientOptions) : new twilio.RequestClient(httpClientOptions);
  let client: twilio.Twilio | undefined;
  return {
    async send(to, body) {
      try {
        // Created on first use: a malformed account sid (not AC...) then fails the send, not the server start.
        client ??= twilio(accountSid, authToken, { httpClient });
        const message = await client.messages.create({ to, from: fromNumber, body });
        return message.sid;
      } catch (error) {
        throw new Error(describeTwilioError(error));
      }
    },
  };
}

/** Status and Twilio error code only: Twilio's messages quote the phone number. */
function describeTwilioError(error: unknown): string {
  if (error instanceof twilio.RestException) return `Twilio HTTP ${error.status}${error.code ? ` error ${error.code}` : ''}`;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return `Twilio request failed: ${code}`;
  if (error instanceof Error && /^accountSid must start with AC/.test(error.message)) return 'Twilio account sid must start with AC';
  return `Twilio request failed: ${error instanceof Error ? error.name : typeof error}`;
}
