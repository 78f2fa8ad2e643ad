import { Router } from 'express';
import type { ContextDeps } from '../core/graphql/context-factory';

export function confirmPaymentRouter(_deps: ContextDeps): Router {
  return Router();
}
