import type TwilioModule from 'twilio';
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
 * `fake.internal`, which it misreads as product.region). A class made on first use, as the
 * SDK it extends is loaded then.
 */
function rebasedRequestClient(twilio: typeof TwilioModule, baseUrl: string, options: RequestClient.RequestClientOptions): RequestClient {
  class RebasedRequestClient extends twilio.RequestClient {
    override request<TData>(request: RequestClient.RequestOptions<TData>) {
      const target = new URL(request.uri);
      return super.request({ ...request, uri: `${baseUrl.replace(/\/+$/, '')}${target.pathname}${target.search}` });
    }
  }
  return new RebasedRequestClient(options);
}

/** null when SMS credentials are not configured. */
export function createSmsSender(settings: AppConfig['twilio'], timeoutMs: number): SmsSender | null {
  const { accountSid, authToken, fromNumber, apiBaseUrl } = settings;
  if (!accountSid || !authToken || !fromNumber) return null;
  const httpClientOptions = { timeout: timeoutMs, autoRetry: false };
  let client: TwilioModule.Twilio | undefined;
  return {
    async send(to, body) {
      try {
        // Created on first use: a malformed account sid (not AC...) then fails the send, not the server
        // start; and the SDK is loaded then, not at start-up (module loading is most of a start).
        if (!client) {
          const twilio = require('twilio') as typeof TwilioModule;
          const httpClient = apiBaseUrl ? rebasedRequestClient(twilio, apiBaseUrl, httpClientOptions) : new twilio.RequestClient(httpClientOptions);
          client = twilio(accountSid, authToken, { httpClient });
        }
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
  // Already loaded by the send that failed.
  const twilio = require('twilio') as typeof TwilioModule;
  if (error instanceof twilio.RestException) return `Twilio HTTP ${error.status}${error.code ? ` error ${error.code}` : ''}`;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return `Twilio request failed: ${code}`;
  if (error instanceof Error && /^accountSid must start with AC/.test(error.message)) return 'Twilio account sid must start with AC';
  return `Twilio request failed: ${error instanceof Error ? error.name : typeof error}`;
}
