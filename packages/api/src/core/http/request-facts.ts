import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import type { AppConfig } from '../config/config';
import type { RequestFacts } from '../context/context-factory';
import { addressMatcher, clientAddress, type AddressMatcher } from './client-address';

const trustedProxies = new WeakMap<AppConfig, AddressMatcher>();

/** TRUSTED_PROXIES as a matcher, built once per configuration. */
export function trustedProxiesOf(config: AppConfig): AddressMatcher {
  let trusted = trustedProxies.get(config);
  if (!trusted) trustedProxies.set(config, (trusted = addressMatcher(config.trustedProxies || [])));
  return trusted;
}

/** The client's address for any request (HTTP or a websocket's upgrade): forwarding headers count only from TRUSTED_PROXIES. */
export function clientAddressOf(req: IncomingMessage, config: AppConfig): string | null {
  return clientAddress(req.socket.remoteAddress, req.headers, trustedProxiesOf(config));
}

/** What a context records of the HTTP request behind it. */
export function requestFacts(req: Request, config: AppConfig): RequestFacts {
  return { requestId: String(req.id), ip: clientAddressOf(req, config), userAgent: req.header('user-agent') ?? null };
}
