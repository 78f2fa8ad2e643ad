import { Extensions1763800000000 } from './1763800000000-extensions';
import { DomainCore1763800000100 } from './1763800000100-domain-core';
import { WebhooksAndOutbox1763800000200 } from './1763800000200-webhooks-and-outbox';
import { FinanceLedger1763800000300 } from './1763800000300-finance-ledger';
import { PaymentsReceivedIndex1763800000400 } from './1763800000400-payments-received-index';
import { UsersAndSignIn1763800000500 } from './1763800000500-users-and-sign-in';
import { Retention1763800000600 } from './1763800000600-retention';
import { SharedRateLimits1763800000700 } from './1763800000700-shared-rate-limits';

/** Every migration, oldest first. A new migration is added here by hand: no globs, so bundlers and tsx see them all. */
export const ALL_MIGRATIONS = [
  Extensions1763800000000,
  DomainCore1763800000100,
  WebhooksAndOutbox1763800000200,
  FinanceLedger1763800000300,
  PaymentsReceivedIndex1763800000400,
  UsersAndSignIn1763800000500,
  Retention1763800000600,
  SharedRateLimits1763800000700,
];
