import { graphql } from '../../gql/gql';

export const FinanceTotalsFields = graphql(`
  fragment FinanceTotals on FinanceMetrics {
    currency
    totalReceived
    paymentCount
    manualRatio
    asOf
  }
`);

export const DailyVolumeChartFields = graphql(`
  fragment DailyVolumeChart on FinanceMetrics {
    currency
    dailyVolume {
      date
      amount
      count
    }
  }
`);

export const FinanceDashboardMetrics = graphql(`
  query FinanceDashboardMetrics($days: Int!) {
    financeMetrics(days: $days) {
      ...FinanceTotals
      ...DailyVolumeChart
    }
  }
`);

export const FinanceMetricsUpdated = graphql(`
  subscription FinanceMetricsUpdated($days: Int!) {
    financeMetricsUpdated(days: $days) {
      sequence
      ...FinanceTotals
      ...DailyVolumeChart
    }
  }
`);

export const QuickPaymentProjectOptionFields = graphql(`
  fragment QuickPaymentProjectOption on Project {
    id
    status
    clientInfo {
      name
    }
  }
`);

export const RecentPaymentsProjectFields = graphql(`
  fragment RecentPaymentsProject on Project {
    id
    clientInfo {
      name
    }
    payments {
      id
      amount
      currency
      refundedAmount
      paymentType
      method
      provider
      receivedAt
      status
    }
  }
`);

/** The newest projects to choose from in the quick payment form. */
export const FinanceProjectOptions = graphql(`
  query FinanceProjectOptions {
    projects(first: 50) {
      edges {
        node {
          ...QuickPaymentProjectOption
        }
      }
    }
  }
`);

/**
 * The newest projects with their payments, for the recent payments table. Twenty, not fifty: the
 * API's query cost multiplies by `first`, and payments under each project stay within it at 20.
 */
export const FinanceRecentPayments = graphql(`
  query FinanceRecentPayments {
    projects(first: 20) {
      edges {
        node {
          ...RecentPaymentsProject
        }
      }
    }
  }
`);

/** The project comes back with its payments and status, so the cache (and the tables) show the payment at once. */
export const RecordQuickPayment = graphql(`
  mutation RecordQuickPayment($input: QuickPaymentInput!) {
    recordQuickPayment(input: $input) {
      replayed
      emailQueued
      payment {
        id
        amount
        currency
        paymentType
      }
      project {
        ...QuickPaymentProjectOption
        ...RecentPaymentsProject
      }
    }
  }
`);
