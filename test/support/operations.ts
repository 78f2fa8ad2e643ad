/** GraphQL documents the tests send; names and shapes follow ../shared/contract/operations.graphql. */

export const PROJECT_FIELDS = `
  id status createdAt updatedAt allowedTransitions
  clientInfo { name clientId phone email address }
  payments { id amount currency paymentType provider status receivedAt }
  evidences { id category fileUrl showOnWeb isFeatured uploadedAt }`;

export const PROJECTS_PAGE = `
  query ProjectsPage($first: Int!, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${PROJECT_FIELDS} } }
    }
  }`;

export const PROJECT_DETAIL = `
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      ${PROJECT_FIELDS}
      auditTrail(first: 50) { edges { node { id action actorType actorId oldValue newValue createdAt } } }
    }
  }`;

export const PROJECT_STATUS = `query ProjectStatus($id: ID!) { project(id: $id) { id status allowedTransitions } }`;

export const CREATE_PROJECT = `
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) { id status clientInfo { name clientId phone email } }
  }`;

export const TRANSITION = `
  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {
    transitionProjectStatus(input: $input) { id status updatedAt }
  }`;

export const CERTIFY = `mutation CertifyProject($projectId: ID!) { certifyProject(projectId: $projectId) { id status } }`;

export const ADD_EVIDENCE = `
  mutation AddEvidence($input: AddEvidenceInput!) {
    addEvidence(input: $input) { id category fileUrl showOnWeb isFeatured uploadedAt }
  }`;

export const MARGIN_RULES = `query MarginRules { marginRules { id serviceType marginPercent validFrom validTo } }`;

export const UPSERT_MARGIN_RULE = `
  mutation UpsertMarginRule($input: MarginRuleInput!) {
    upsertMarginRule(input: $input) { id serviceType marginPercent validFrom validTo }
  }`;

export const AUDIT_LOGS = `
  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLogs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id entityType entityId action actorType actorId oldValue newValue createdAt } }
    }
  }`;

export const RECORD_QUICK_PAYMENT = `
  mutation RecordQuickPayment($input: QuickPaymentInput!) {
    recordQuickPayment(input: $input) {
      replayed
      emailQueued
      payment { id amount currency paymentType provider status receivedAt }
      project { id status }
    }
  }`;

export const FINANCE_METRICS_FIELDS = `asOf currency totalReceived paymentCount manualRatio sequence dailyVolume { date amount count }`;

export const FINANCE_METRICS = `query FinanceMetrics($days: Int) { financeMetrics(days: $days) { ${FINANCE_METRICS_FIELDS} } }`;

export const FINANCE_METRICS_LIVE = `subscription FinanceMetricsLive($days: Int) { financeMetricsUpdated(days: $days) { ${FINANCE_METRICS_FIELDS} } }`;
