/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment AuditLogRow on AuditLog {\n    id\n    createdAt\n    action\n    entityType\n    entityId\n    actorType\n    actorId\n    oldValue\n    newValue\n    note\n  }\n": typeof types.AuditLogRowFragmentDoc,
    "\n  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  subscription AuditLogAdded {\n    auditLogAdded {\n      ...AuditLogRow\n    }\n  }\n": typeof types.AuditLogAddedDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": typeof types.SetPasswordDocument,
    "\n  fragment CallRequestEditor on CallRequest {\n    id\n    callerName\n    status\n    note\n  }\n": typeof types.CallRequestEditorFragmentDoc,
    "\n  fragment CallRequestRow on CallRequest {\n    id\n    requestedAt\n    source\n    callerName\n    phone\n    email\n    message\n    updatedAt\n    ...CallRequestEditor\n  }\n": typeof types.CallRequestRowFragmentDoc,
    "\n  query CallRequests($first: Int!, $after: String, $filter: CallRequestFilter) {\n    callRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...CallRequestRow\n        }\n      }\n    }\n  }\n": typeof types.CallRequestsDocument,
    "\n  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {\n    updateCallRequest(input: $input) {\n      ...CallRequestRow\n    }\n  }\n": typeof types.UpdateCallRequestDocument,
    "\n  fragment FinanceTotals on FinanceMetrics {\n    currency\n    totalReceived\n    paymentCount\n    manualRatio\n    asOf\n  }\n": typeof types.FinanceTotalsFragmentDoc,
    "\n  fragment DailyVolumeChart on FinanceMetrics {\n    currency\n    dailyVolume {\n      date\n      amount\n      count\n    }\n  }\n": typeof types.DailyVolumeChartFragmentDoc,
    "\n  query FinanceDashboardMetrics($days: Int!) {\n    financeMetrics(days: $days) {\n      ...FinanceTotals\n      ...DailyVolumeChart\n    }\n  }\n": typeof types.FinanceDashboardMetricsDocument,
    "\n  subscription FinanceMetricsUpdated($days: Int!) {\n    financeMetricsUpdated(days: $days) {\n      sequence\n      ...FinanceTotals\n      ...DailyVolumeChart\n    }\n  }\n": typeof types.FinanceMetricsUpdatedDocument,
    "\n  fragment QuickPaymentProjectOption on Project {\n    id\n    status\n    clientInfo {\n      name\n    }\n  }\n": typeof types.QuickPaymentProjectOptionFragmentDoc,
    "\n  fragment RecentPaymentsProject on Project {\n    id\n    clientInfo {\n      name\n    }\n    payments {\n      id\n      amount\n      currency\n      refundedAmount\n      paymentType\n      method\n      provider\n      receivedAt\n      status\n    }\n  }\n": typeof types.RecentPaymentsProjectFragmentDoc,
    "\n  query FinanceProjectOptions {\n    projects(first: 50) {\n      edges {\n        node {\n          ...QuickPaymentProjectOption\n        }\n      }\n    }\n  }\n": typeof types.FinanceProjectOptionsDocument,
    "\n  query FinanceRecentPayments {\n    projects(first: 20) {\n      edges {\n        node {\n          ...RecentPaymentsProject\n        }\n      }\n    }\n  }\n": typeof types.FinanceRecentPaymentsDocument,
    "\n  mutation RecordQuickPayment($input: QuickPaymentInput!) {\n    recordQuickPayment(input: $input) {\n      replayed\n      emailQueued\n      payment {\n        id\n        amount\n        currency\n        paymentType\n      }\n      project {\n        ...QuickPaymentProjectOption\n        ...RecentPaymentsProject\n      }\n    }\n  }\n": typeof types.RecordQuickPaymentDocument,
    "\n  fragment MarginRuleRow on MarginRule {\n    id\n    serviceType\n    marginPercent\n    validFrom\n    validTo\n  }\n": typeof types.MarginRuleRowFragmentDoc,
    "\n  query MarginRules {\n    marginRules {\n      ...MarginRuleRow\n    }\n  }\n": typeof types.MarginRulesDocument,
    "\n  mutation UpsertMarginRule($input: MarginRuleInput!) {\n    upsertMarginRule(input: $input) {\n      ...MarginRuleRow\n    }\n  }\n": typeof types.UpsertMarginRuleDocument,
    "\n  fragment OutboundMessageRow on OutboundMessage {\n    id\n    createdAt\n    channel\n    recipient\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n  }\n": typeof types.OutboundMessageRowFragmentDoc,
    "\n  query OutboundMessages($first: Int!, $after: String) {\n    outboundMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...OutboundMessageRow\n        }\n      }\n    }\n  }\n": typeof types.OutboundMessagesDocument,
    "\n  query OverviewProjectCounts {\n    draft: projects(first: 1, filter: { status: DRAFT }) {\n      totalCount\n    }\n    paid: projects(first: 1, filter: { status: PAID }) {\n      totalCount\n    }\n    scheduled: projects(first: 1, filter: { status: SCHEDULED }) {\n      totalCount\n    }\n    pendingExpert: projects(first: 1, filter: { status: PENDING_EXPERT }) {\n      totalCount\n    }\n    certified: projects(first: 1, filter: { status: CERTIFIED }) {\n      totalCount\n    }\n    active: projects(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n  }\n": typeof types.OverviewProjectCountsDocument,
    "\n  query OverviewTodayPayments {\n    financeMetrics(days: 1) {\n      currency\n      totalReceived\n      paymentCount\n    }\n  }\n": typeof types.OverviewTodayPaymentsDocument,
    "\n  fragment AuditFeedLine on AuditLog {\n    id\n    createdAt\n    action\n    entityType\n    entityId\n    actorType\n  }\n": typeof types.AuditFeedLineFragmentDoc,
    "\n  query OverviewAuditFeed {\n    auditLogs(first: 10) {\n      edges {\n        node {\n          ...AuditFeedLine\n        }\n      }\n    }\n  }\n": typeof types.OverviewAuditFeedDocument,
    "\n  subscription OverviewAuditLogAdded {\n    auditLogAdded {\n      ...AuditFeedLine\n    }\n  }\n": typeof types.OverviewAuditLogAddedDocument,
    "\n  fragment ProjectRow on Project {\n    id\n    status\n    serviceType\n    areaM2\n    createdAt\n    clientInfo {\n      name\n    }\n  }\n": typeof types.ProjectRowFragmentDoc,
    "\n  query Projects($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...ProjectRow\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  subscription ProjectsChanged {\n    projectChanged(id: null) {\n      ...ProjectRow\n    }\n  }\n": typeof types.ProjectsChangedDocument,
    "\n  fragment ProjectSummary on Project {\n    id\n    status\n    serviceType\n    areaM2\n    contractorId\n    expertId\n    createdAt\n    updatedAt\n    clientInfo {\n      name\n      phone\n      email\n      address\n    }\n  }\n": typeof types.ProjectSummaryFragmentDoc,
    "\n  fragment ProjectActions on Project {\n    id\n    status\n    allowedTransitions\n  }\n": typeof types.ProjectActionsFragmentDoc,
    "\n  fragment PaymentRow on Payment {\n    id\n    paymentType\n    amount\n    refundedAmount\n    currency\n    provider\n    method\n    status\n    receivedAt\n  }\n": typeof types.PaymentRowFragmentDoc,
    "\n  fragment EvidenceItem on Evidence {\n    id\n    category\n    fileUrl\n    uploadedAt\n  }\n": typeof types.EvidenceItemFragmentDoc,
    "\n  fragment AuditEntry on AuditLog {\n    id\n    action\n    actorType\n    actorId\n    createdAt\n    oldValue\n    newValue\n    note\n  }\n": typeof types.AuditEntryFragmentDoc,
    "\n  query ProjectDetail($id: ID!, $withAudit: Boolean!) {\n    project(id: $id) {\n      ...ProjectSummary\n      ...ProjectActions\n      payments {\n        ...PaymentRow\n      }\n      evidences {\n        ...EvidenceItem\n      }\n      auditTrail(first: 20) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            ...AuditEntry\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectDetailDocument,
    "\n  subscription ProjectDetailChanged($id: ID!, $withAudit: Boolean!) {\n    projectChanged(id: $id) {\n      ...ProjectSummary\n      ...ProjectActions\n      payments {\n        ...PaymentRow\n      }\n      evidences {\n        ...EvidenceItem\n      }\n      auditTrail(first: 20) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            ...AuditEntry\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectDetailChangedDocument,
    "\n  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {\n    transitionProjectStatus(input: $input) {\n      ...ProjectActions\n    }\n  }\n": typeof types.TransitionProjectStatusDocument,
    "\n  mutation CertifyProject($projectId: ID!) {\n    certifyProject(projectId: $projectId) {\n      ...ProjectActions\n    }\n  }\n": typeof types.CertifyProjectDocument,
    "\n  mutation ResendConfirmation($projectId: ID!) {\n    resendConfirmation(projectId: $projectId) {\n      id\n    }\n  }\n": typeof types.ResendConfirmationDocument,
    "\n  mutation AddEvidence($input: AddEvidenceInput!) {\n    addEvidence(input: $input) {\n      ...EvidenceItem\n    }\n  }\n": typeof types.AddEvidenceDocument,
    "\n  query AssignableUsers($role: Role!) {\n    users(filter: { role: $role, active: true }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AssignableUsersDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectRow\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    phone\n    role\n    active\n    createdAt\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    receivedAt\n    provider\n    eventType\n    eventId\n    status\n    signatureValid\n    attempts\n    outcome\n    error\n    processedAt\n  }\n": typeof types.WebhookDeliveryRowFragmentDoc,
    "\n  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment PagerPageInfo on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.PagerPageInfoFragmentDoc,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment AuditLogRow on AuditLog {\n    id\n    createdAt\n    action\n    entityType\n    entityId\n    actorType\n    actorId\n    oldValue\n    newValue\n    note\n  }\n": types.AuditLogRowFragmentDoc,
    "\n  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  subscription AuditLogAdded {\n    auditLogAdded {\n      ...AuditLogRow\n    }\n  }\n": types.AuditLogAddedDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": types.SetPasswordDocument,
    "\n  fragment CallRequestEditor on CallRequest {\n    id\n    callerName\n    status\n    note\n  }\n": types.CallRequestEditorFragmentDoc,
    "\n  fragment CallRequestRow on CallRequest {\n    id\n    requestedAt\n    source\n    callerName\n    phone\n    email\n    message\n    updatedAt\n    ...CallRequestEditor\n  }\n": types.CallRequestRowFragmentDoc,
    "\n  query CallRequests($first: Int!, $after: String, $filter: CallRequestFilter) {\n    callRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...CallRequestRow\n        }\n      }\n    }\n  }\n": types.CallRequestsDocument,
    "\n  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {\n    updateCallRequest(input: $input) {\n      ...CallRequestRow\n    }\n  }\n": types.UpdateCallRequestDocument,
    "\n  fragment FinanceTotals on FinanceMetrics {\n    currency\n    totalReceived\n    paymentCount\n    manualRatio\n    asOf\n  }\n": types.FinanceTotalsFragmentDoc,
    "\n  fragment DailyVolumeChart on FinanceMetrics {\n    currency\n    dailyVolume {\n      date\n      amount\n      count\n    }\n  }\n": types.DailyVolumeChartFragmentDoc,
    "\n  query FinanceDashboardMetrics($days: Int!) {\n    financeMetrics(days: $days) {\n      ...FinanceTotals\n      ...DailyVolumeChart\n    }\n  }\n": types.FinanceDashboardMetricsDocument,
    "\n  subscription FinanceMetricsUpdated($days: Int!) {\n    financeMetricsUpdated(days: $days) {\n      sequence\n      ...FinanceTotals\n      ...DailyVolumeChart\n    }\n  }\n": types.FinanceMetricsUpdatedDocument,
    "\n  fragment QuickPaymentProjectOption on Project {\n    id\n    status\n    clientInfo {\n      name\n    }\n  }\n": types.QuickPaymentProjectOptionFragmentDoc,
    "\n  fragment RecentPaymentsProject on Project {\n    id\n    clientInfo {\n      name\n    }\n    payments {\n      id\n      amount\n      currency\n      refundedAmount\n      paymentType\n      method\n      provider\n      receivedAt\n      status\n    }\n  }\n": types.RecentPaymentsProjectFragmentDoc,
    "\n  query FinanceProjectOptions {\n    projects(first: 50) {\n      edges {\n        node {\n          ...QuickPaymentProjectOption\n        }\n      }\n    }\n  }\n": types.FinanceProjectOptionsDocument,
    "\n  query FinanceRecentPayments {\n    projects(first: 20) {\n      edges {\n        node {\n          ...RecentPaymentsProject\n        }\n      }\n    }\n  }\n": types.FinanceRecentPaymentsDocument,
    "\n  mutation RecordQuickPayment($input: QuickPaymentInput!) {\n    recordQuickPayment(input: $input) {\n      replayed\n      emailQueued\n      payment {\n        id\n        amount\n        currency\n        paymentType\n      }\n      project {\n        ...QuickPaymentProjectOption\n        ...RecentPaymentsProject\n      }\n    }\n  }\n": types.RecordQuickPaymentDocument,
    "\n  fragment MarginRuleRow on MarginRule {\n    id\n    serviceType\n    marginPercent\n    validFrom\n    validTo\n  }\n": types.MarginRuleRowFragmentDoc,
    "\n  query MarginRules {\n    marginRules {\n      ...MarginRuleRow\n    }\n  }\n": types.MarginRulesDocument,
    "\n  mutation UpsertMarginRule($input: MarginRuleInput!) {\n    upsertMarginRule(input: $input) {\n      ...MarginRuleRow\n    }\n  }\n": types.UpsertMarginRuleDocument,
    "\n  fragment OutboundMessageRow on OutboundMessage {\n    id\n    createdAt\n    channel\n    recipient\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n  }\n": types.OutboundMessageRowFragmentDoc,
    "\n  query OutboundMessages($first: Int!, $after: String) {\n    outboundMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...OutboundMessageRow\n        }\n      }\n    }\n  }\n": types.OutboundMessagesDocument,
    "\n  query OverviewProjectCounts {\n    draft: projects(first: 1, filter: { status: DRAFT }) {\n      totalCount\n    }\n    paid: projects(first: 1, filter: { status: PAID }) {\n      totalCount\n    }\n    scheduled: projects(first: 1, filter: { status: SCHEDULED }) {\n      totalCount\n    }\n    pendingExpert: projects(first: 1, filter: { status: PENDING_EXPERT }) {\n      totalCount\n    }\n    certified: projects(first: 1, filter: { status: CERTIFIED }) {\n      totalCount\n    }\n    active: projects(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n  }\n": types.OverviewProjectCountsDocument,
    "\n  query OverviewTodayPayments {\n    financeMetrics(days: 1) {\n      currency\n      totalReceived\n      paymentCount\n    }\n  }\n": types.OverviewTodayPaymentsDocument,
    "\n  fragment AuditFeedLine on AuditLog {\n    id\n    createdAt\n    action\n    entityType\n    entityId\n    actorType\n  }\n": types.AuditFeedLineFragmentDoc,
    "\n  query OverviewAuditFeed {\n    auditLogs(first: 10) {\n      edges {\n        node {\n          ...AuditFeedLine\n        }\n      }\n    }\n  }\n": types.OverviewAuditFeedDocument,
    "\n  subscription OverviewAuditLogAdded {\n    auditLogAdded {\n      ...AuditFeedLine\n    }\n  }\n": types.OverviewAuditLogAddedDocument,
    "\n  fragment ProjectRow on Project {\n    id\n    status\n    serviceType\n    areaM2\n    createdAt\n    clientInfo {\n      name\n    }\n  }\n": types.ProjectRowFragmentDoc,
    "\n  query Projects($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...ProjectRow\n        }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  subscription ProjectsChanged {\n    projectChanged(id: null) {\n      ...ProjectRow\n    }\n  }\n": types.ProjectsChangedDocument,
    "\n  fragment ProjectSummary on Project {\n    id\n    status\n    serviceType\n    areaM2\n    contractorId\n    expertId\n    createdAt\n    updatedAt\n    clientInfo {\n      name\n      phone\n      email\n      address\n    }\n  }\n": types.ProjectSummaryFragmentDoc,
    "\n  fragment ProjectActions on Project {\n    id\n    status\n    allowedTransitions\n  }\n": types.ProjectActionsFragmentDoc,
    "\n  fragment PaymentRow on Payment {\n    id\n    paymentType\n    amount\n    refundedAmount\n    currency\n    provider\n    method\n    status\n    receivedAt\n  }\n": types.PaymentRowFragmentDoc,
    "\n  fragment EvidenceItem on Evidence {\n    id\n    category\n    fileUrl\n    uploadedAt\n  }\n": types.EvidenceItemFragmentDoc,
    "\n  fragment AuditEntry on AuditLog {\n    id\n    action\n    actorType\n    actorId\n    createdAt\n    oldValue\n    newValue\n    note\n  }\n": types.AuditEntryFragmentDoc,
    "\n  query ProjectDetail($id: ID!, $withAudit: Boolean!) {\n    project(id: $id) {\n      ...ProjectSummary\n      ...ProjectActions\n      payments {\n        ...PaymentRow\n      }\n      evidences {\n        ...EvidenceItem\n      }\n      auditTrail(first: 20) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            ...AuditEntry\n          }\n        }\n      }\n    }\n  }\n": types.ProjectDetailDocument,
    "\n  subscription ProjectDetailChanged($id: ID!, $withAudit: Boolean!) {\n    projectChanged(id: $id) {\n      ...ProjectSummary\n      ...ProjectActions\n      payments {\n        ...PaymentRow\n      }\n      evidences {\n        ...EvidenceItem\n      }\n      auditTrail(first: 20) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            ...AuditEntry\n          }\n        }\n      }\n    }\n  }\n": types.ProjectDetailChangedDocument,
    "\n  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {\n    transitionProjectStatus(input: $input) {\n      ...ProjectActions\n    }\n  }\n": types.TransitionProjectStatusDocument,
    "\n  mutation CertifyProject($projectId: ID!) {\n    certifyProject(projectId: $projectId) {\n      ...ProjectActions\n    }\n  }\n": types.CertifyProjectDocument,
    "\n  mutation ResendConfirmation($projectId: ID!) {\n    resendConfirmation(projectId: $projectId) {\n      id\n    }\n  }\n": types.ResendConfirmationDocument,
    "\n  mutation AddEvidence($input: AddEvidenceInput!) {\n    addEvidence(input: $input) {\n      ...EvidenceItem\n    }\n  }\n": types.AddEvidenceDocument,
    "\n  query AssignableUsers($role: Role!) {\n    users(filter: { role: $role, active: true }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AssignableUsersDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectRow\n    }\n  }\n": types.CreateProjectDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    phone\n    role\n    active\n    createdAt\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    receivedAt\n    provider\n    eventType\n    eventId\n    status\n    signatureValid\n    attempts\n    outcome\n    error\n    processedAt\n  }\n": types.WebhookDeliveryRowFragmentDoc,
    "\n  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment PagerPageInfo on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.PagerPageInfoFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLogRow on AuditLog {\n    id\n    createdAt\n    action\n    entityType\n    entityId\n    actorType\n    actorId\n    oldValue\n    newValue\n    note\n  }\n"): (typeof documents)["\n  fragment AuditLogRow on AuditLog {\n    id\n    createdAt\n    action\n    entityType\n    entityId\n    actorType\n    actorId\n    oldValue\n    newValue\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditLogAdded {\n    auditLogAdded {\n      ...AuditLogRow\n    }\n  }\n"): (typeof documents)["\n  subscription AuditLogAdded {\n    auditLogAdded {\n      ...AuditLogRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRequestEditor on CallRequest {\n    id\n    callerName\n    status\n    note\n  }\n"): (typeof documents)["\n  fragment CallRequestEditor on CallRequest {\n    id\n    callerName\n    status\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRequestRow on CallRequest {\n    id\n    requestedAt\n    source\n    callerName\n    phone\n    email\n    message\n    updatedAt\n    ...CallRequestEditor\n  }\n"): (typeof documents)["\n  fragment CallRequestRow on CallRequest {\n    id\n    requestedAt\n    source\n    callerName\n    phone\n    email\n    message\n    updatedAt\n    ...CallRequestEditor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallRequests($first: Int!, $after: String, $filter: CallRequestFilter) {\n    callRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...CallRequestRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallRequests($first: Int!, $after: String, $filter: CallRequestFilter) {\n    callRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...CallRequestRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {\n    updateCallRequest(input: $input) {\n      ...CallRequestRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {\n    updateCallRequest(input: $input) {\n      ...CallRequestRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinanceTotals on FinanceMetrics {\n    currency\n    totalReceived\n    paymentCount\n    manualRatio\n    asOf\n  }\n"): (typeof documents)["\n  fragment FinanceTotals on FinanceMetrics {\n    currency\n    totalReceived\n    paymentCount\n    manualRatio\n    asOf\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DailyVolumeChart on FinanceMetrics {\n    currency\n    dailyVolume {\n      date\n      amount\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment DailyVolumeChart on FinanceMetrics {\n    currency\n    dailyVolume {\n      date\n      amount\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceDashboardMetrics($days: Int!) {\n    financeMetrics(days: $days) {\n      ...FinanceTotals\n      ...DailyVolumeChart\n    }\n  }\n"): (typeof documents)["\n  query FinanceDashboardMetrics($days: Int!) {\n    financeMetrics(days: $days) {\n      ...FinanceTotals\n      ...DailyVolumeChart\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FinanceMetricsUpdated($days: Int!) {\n    financeMetricsUpdated(days: $days) {\n      sequence\n      ...FinanceTotals\n      ...DailyVolumeChart\n    }\n  }\n"): (typeof documents)["\n  subscription FinanceMetricsUpdated($days: Int!) {\n    financeMetricsUpdated(days: $days) {\n      sequence\n      ...FinanceTotals\n      ...DailyVolumeChart\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuickPaymentProjectOption on Project {\n    id\n    status\n    clientInfo {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment QuickPaymentProjectOption on Project {\n    id\n    status\n    clientInfo {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentPaymentsProject on Project {\n    id\n    clientInfo {\n      name\n    }\n    payments {\n      id\n      amount\n      currency\n      refundedAmount\n      paymentType\n      method\n      provider\n      receivedAt\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment RecentPaymentsProject on Project {\n    id\n    clientInfo {\n      name\n    }\n    payments {\n      id\n      amount\n      currency\n      refundedAmount\n      paymentType\n      method\n      provider\n      receivedAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceProjectOptions {\n    projects(first: 50) {\n      edges {\n        node {\n          ...QuickPaymentProjectOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceProjectOptions {\n    projects(first: 50) {\n      edges {\n        node {\n          ...QuickPaymentProjectOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceRecentPayments {\n    projects(first: 20) {\n      edges {\n        node {\n          ...RecentPaymentsProject\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceRecentPayments {\n    projects(first: 20) {\n      edges {\n        node {\n          ...RecentPaymentsProject\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuickPayment($input: QuickPaymentInput!) {\n    recordQuickPayment(input: $input) {\n      replayed\n      emailQueued\n      payment {\n        id\n        amount\n        currency\n        paymentType\n      }\n      project {\n        ...QuickPaymentProjectOption\n        ...RecentPaymentsProject\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordQuickPayment($input: QuickPaymentInput!) {\n    recordQuickPayment(input: $input) {\n      replayed\n      emailQueued\n      payment {\n        id\n        amount\n        currency\n        paymentType\n      }\n      project {\n        ...QuickPaymentProjectOption\n        ...RecentPaymentsProject\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MarginRuleRow on MarginRule {\n    id\n    serviceType\n    marginPercent\n    validFrom\n    validTo\n  }\n"): (typeof documents)["\n  fragment MarginRuleRow on MarginRule {\n    id\n    serviceType\n    marginPercent\n    validFrom\n    validTo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarginRules {\n    marginRules {\n      ...MarginRuleRow\n    }\n  }\n"): (typeof documents)["\n  query MarginRules {\n    marginRules {\n      ...MarginRuleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertMarginRule($input: MarginRuleInput!) {\n    upsertMarginRule(input: $input) {\n      ...MarginRuleRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertMarginRule($input: MarginRuleInput!) {\n    upsertMarginRule(input: $input) {\n      ...MarginRuleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboundMessageRow on OutboundMessage {\n    id\n    createdAt\n    channel\n    recipient\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n  }\n"): (typeof documents)["\n  fragment OutboundMessageRow on OutboundMessage {\n    id\n    createdAt\n    channel\n    recipient\n    subject\n    body\n    status\n    attempts\n    lastError\n    sentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundMessages($first: Int!, $after: String) {\n    outboundMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...OutboundMessageRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboundMessages($first: Int!, $after: String) {\n    outboundMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...OutboundMessageRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewProjectCounts {\n    draft: projects(first: 1, filter: { status: DRAFT }) {\n      totalCount\n    }\n    paid: projects(first: 1, filter: { status: PAID }) {\n      totalCount\n    }\n    scheduled: projects(first: 1, filter: { status: SCHEDULED }) {\n      totalCount\n    }\n    pendingExpert: projects(first: 1, filter: { status: PENDING_EXPERT }) {\n      totalCount\n    }\n    certified: projects(first: 1, filter: { status: CERTIFIED }) {\n      totalCount\n    }\n    active: projects(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OverviewProjectCounts {\n    draft: projects(first: 1, filter: { status: DRAFT }) {\n      totalCount\n    }\n    paid: projects(first: 1, filter: { status: PAID }) {\n      totalCount\n    }\n    scheduled: projects(first: 1, filter: { status: SCHEDULED }) {\n      totalCount\n    }\n    pendingExpert: projects(first: 1, filter: { status: PENDING_EXPERT }) {\n      totalCount\n    }\n    certified: projects(first: 1, filter: { status: CERTIFIED }) {\n      totalCount\n    }\n    active: projects(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewTodayPayments {\n    financeMetrics(days: 1) {\n      currency\n      totalReceived\n      paymentCount\n    }\n  }\n"): (typeof documents)["\n  query OverviewTodayPayments {\n    financeMetrics(days: 1) {\n      currency\n      totalReceived\n      paymentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditFeedLine on AuditLog {\n    id\n    createdAt\n    action\n    entityType\n    entityId\n    actorType\n  }\n"): (typeof documents)["\n  fragment AuditFeedLine on AuditLog {\n    id\n    createdAt\n    action\n    entityType\n    entityId\n    actorType\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAuditFeed {\n    auditLogs(first: 10) {\n      edges {\n        node {\n          ...AuditFeedLine\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewAuditFeed {\n    auditLogs(first: 10) {\n      edges {\n        node {\n          ...AuditFeedLine\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverviewAuditLogAdded {\n    auditLogAdded {\n      ...AuditFeedLine\n    }\n  }\n"): (typeof documents)["\n  subscription OverviewAuditLogAdded {\n    auditLogAdded {\n      ...AuditFeedLine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRow on Project {\n    id\n    status\n    serviceType\n    areaM2\n    createdAt\n    clientInfo {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectRow on Project {\n    id\n    status\n    serviceType\n    areaM2\n    createdAt\n    clientInfo {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...ProjectRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...ProjectRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProjectsChanged {\n    projectChanged(id: null) {\n      ...ProjectRow\n    }\n  }\n"): (typeof documents)["\n  subscription ProjectsChanged {\n    projectChanged(id: null) {\n      ...ProjectRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectSummary on Project {\n    id\n    status\n    serviceType\n    areaM2\n    contractorId\n    expertId\n    createdAt\n    updatedAt\n    clientInfo {\n      name\n      phone\n      email\n      address\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectSummary on Project {\n    id\n    status\n    serviceType\n    areaM2\n    contractorId\n    expertId\n    createdAt\n    updatedAt\n    clientInfo {\n      name\n      phone\n      email\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectActions on Project {\n    id\n    status\n    allowedTransitions\n  }\n"): (typeof documents)["\n  fragment ProjectActions on Project {\n    id\n    status\n    allowedTransitions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentRow on Payment {\n    id\n    paymentType\n    amount\n    refundedAmount\n    currency\n    provider\n    method\n    status\n    receivedAt\n  }\n"): (typeof documents)["\n  fragment PaymentRow on Payment {\n    id\n    paymentType\n    amount\n    refundedAmount\n    currency\n    provider\n    method\n    status\n    receivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceItem on Evidence {\n    id\n    category\n    fileUrl\n    uploadedAt\n  }\n"): (typeof documents)["\n  fragment EvidenceItem on Evidence {\n    id\n    category\n    fileUrl\n    uploadedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntry on AuditLog {\n    id\n    action\n    actorType\n    actorId\n    createdAt\n    oldValue\n    newValue\n    note\n  }\n"): (typeof documents)["\n  fragment AuditEntry on AuditLog {\n    id\n    action\n    actorType\n    actorId\n    createdAt\n    oldValue\n    newValue\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDetail($id: ID!, $withAudit: Boolean!) {\n    project(id: $id) {\n      ...ProjectSummary\n      ...ProjectActions\n      payments {\n        ...PaymentRow\n      }\n      evidences {\n        ...EvidenceItem\n      }\n      auditTrail(first: 20) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            ...AuditEntry\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDetail($id: ID!, $withAudit: Boolean!) {\n    project(id: $id) {\n      ...ProjectSummary\n      ...ProjectActions\n      payments {\n        ...PaymentRow\n      }\n      evidences {\n        ...EvidenceItem\n      }\n      auditTrail(first: 20) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            ...AuditEntry\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProjectDetailChanged($id: ID!, $withAudit: Boolean!) {\n    projectChanged(id: $id) {\n      ...ProjectSummary\n      ...ProjectActions\n      payments {\n        ...PaymentRow\n      }\n      evidences {\n        ...EvidenceItem\n      }\n      auditTrail(first: 20) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            ...AuditEntry\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProjectDetailChanged($id: ID!, $withAudit: Boolean!) {\n    projectChanged(id: $id) {\n      ...ProjectSummary\n      ...ProjectActions\n      payments {\n        ...PaymentRow\n      }\n      evidences {\n        ...EvidenceItem\n      }\n      auditTrail(first: 20) @include(if: $withAudit) {\n        totalCount\n        edges {\n          node {\n            ...AuditEntry\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {\n    transitionProjectStatus(input: $input) {\n      ...ProjectActions\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {\n    transitionProjectStatus(input: $input) {\n      ...ProjectActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifyProject($projectId: ID!) {\n    certifyProject(projectId: $projectId) {\n      ...ProjectActions\n    }\n  }\n"): (typeof documents)["\n  mutation CertifyProject($projectId: ID!) {\n    certifyProject(projectId: $projectId) {\n      ...ProjectActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendConfirmation($projectId: ID!) {\n    resendConfirmation(projectId: $projectId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResendConfirmation($projectId: ID!) {\n    resendConfirmation(projectId: $projectId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvidence($input: AddEvidenceInput!) {\n    addEvidence(input: $input) {\n      ...EvidenceItem\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvidence($input: AddEvidenceInput!) {\n    addEvidence(input: $input) {\n      ...EvidenceItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableUsers($role: Role!) {\n    users(filter: { role: $role, active: true }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignableUsers($role: Role!) {\n    users(filter: { role: $role, active: true }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    name\n    email\n    phone\n    role\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    name\n    email\n    phone\n    role\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    receivedAt\n    provider\n    eventType\n    eventId\n    status\n    signatureValid\n    attempts\n    outcome\n    error\n    processedAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    receivedAt\n    provider\n    eventType\n    eventId\n    status\n    signatureValid\n    attempts\n    outcome\n    error\n    processedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PagerPageInfo\n      }\n      edges {\n        node {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    accessToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    accessToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PagerPageInfo on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment PagerPageInfo on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;