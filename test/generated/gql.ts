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
    "\n  query UsersByEmail($search: String!) {\n    users(first: 1, filter: { search: $search }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UsersByEmailDocument,
    "\n  query ProjectIdsPage($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ProjectIdsPageDocument,
    "\n  subscription ProjectPaymentsLive($id: ID) {\n    projectChanged(id: $id) {\n      id\n      status\n      payments {\n        amount\n      }\n    }\n  }\n": typeof types.ProjectPaymentsLiveDocument,
    "\n  query ProjectAuditAddress($filter: AuditLogFilter) {\n    auditLogs(first: 1, filter: $filter) {\n      edges {\n        node {\n          action\n          ip\n        }\n      }\n    }\n  }\n": typeof types.ProjectAuditAddressDocument,
    "\n  query QueryTypeName {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": typeof types.QueryTypeNameDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    status\n    createdAt\n    updatedAt\n    allowedTransitions\n    clientInfo {\n      name\n      clientId\n      phone\n      email\n      address\n    }\n    payments {\n      id\n      amount\n      currency\n      paymentType\n      provider\n      status\n      receivedAt\n    }\n    evidences {\n      id\n      category\n      fileUrl\n      showOnWeb\n      isFeatured\n      uploadedAt\n    }\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Typename {\n    __typename\n  }\n": typeof types.TypenameDocument,
    "\n  query ProjectsPage($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectFields\n        }\n      }\n    }\n  }\n": typeof types.ProjectsPageDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      auditTrail(first: 50) {\n        edges {\n          node {\n            id\n            action\n            actorType\n            actorId\n            oldValue\n            newValue\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectDetailDocument,
    "\n  query ProjectStatus($id: ID!) {\n    project(id: $id) {\n      id\n      status\n      allowedTransitions\n    }\n  }\n": typeof types.ProjectStatusDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      status\n      clientInfo {\n        name\n        clientId\n        phone\n        email\n      }\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {\n    transitionProjectStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.TransitionProjectStatusDocument,
    "\n  mutation CertifyProject($projectId: ID!) {\n    certifyProject(projectId: $projectId) {\n      id\n      status\n    }\n  }\n": typeof types.CertifyProjectDocument,
    "\n  mutation AddEvidence($input: AddEvidenceInput!) {\n    addEvidence(input: $input) {\n      id\n      category\n      fileUrl\n      showOnWeb\n      isFeatured\n      uploadedAt\n    }\n  }\n": typeof types.AddEvidenceDocument,
    "\n  query MarginRules {\n    marginRules {\n      id\n      serviceType\n      marginPercent\n      validFrom\n      validTo\n    }\n  }\n": typeof types.MarginRulesDocument,
    "\n  mutation UpsertMarginRule($input: MarginRuleInput!) {\n    upsertMarginRule(input: $input) {\n      id\n      serviceType\n      marginPercent\n      validFrom\n      validTo\n    }\n  }\n": typeof types.UpsertMarginRuleDocument,
    "\n  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          entityType\n          entityId\n          action\n          actorType\n          actorId\n          oldValue\n          newValue\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  mutation RecordQuickPayment($input: QuickPaymentInput!) {\n    recordQuickPayment(input: $input) {\n      replayed\n      emailQueued\n      payment {\n        id\n        amount\n        currency\n        paymentType\n        provider\n        status\n        receivedAt\n      }\n      project {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RecordQuickPaymentDocument,
    "\n  fragment FinanceMetricsFields on FinanceMetrics {\n    asOf\n    currency\n    totalReceived\n    paymentCount\n    manualRatio\n    sequence\n    dailyVolume {\n      date\n      amount\n      count\n    }\n  }\n": typeof types.FinanceMetricsFieldsFragmentDoc,
    "\n  query FinanceMetrics($days: Int) {\n    financeMetrics(days: $days) {\n      ...FinanceMetricsFields\n    }\n  }\n": typeof types.FinanceMetricsDocument,
    "\n  subscription FinanceMetricsLive($days: Int) {\n    financeMetricsUpdated(days: $days) {\n      ...FinanceMetricsFields\n    }\n  }\n": typeof types.FinanceMetricsLiveDocument,
    "\n  subscription ProjectChanged($id: ID) {\n    projectChanged(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.ProjectChangedDocument,
    "\n  subscription AuditLogAdded {\n    auditLogAdded {\n      id\n      entityType\n      entityId\n      action\n      actorType\n      actorId\n      createdAt\n    }\n  }\n": typeof types.AuditLogAddedDocument,
    "\n  query OutboundMessages($first: Int!, $after: String) {\n    outboundMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          channel\n          recipient\n          body\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.OutboundMessagesDocument,
    "\n  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          provider\n          eventId\n          eventType\n          status\n          signatureValid\n          attempts\n          error\n          receivedAt\n          processedAt\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n      error\n      processedAt\n    }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    phone\n    active\n    createdAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  query CallRequests($first: Int, $after: String, $filter: CallRequestFilter) {\n    callRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          source\n          status\n          callerName\n          phone\n          email\n          message\n          note\n          requestedAt\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.CallRequestsDocument,
    "\n  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {\n    updateCallRequest(input: $input) {\n      id\n      status\n      note\n      updatedAt\n    }\n  }\n": typeof types.UpdateCallRequestDocument,
    "\n  mutation ResendConfirmation($projectId: ID!) {\n    resendConfirmation(projectId: $projectId) {\n      id\n      status\n    }\n  }\n": typeof types.ResendConfirmationDocument,
};
const documents: Documents = {
    "\n  query UsersByEmail($search: String!) {\n    users(first: 1, filter: { search: $search }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.UsersByEmailDocument,
    "\n  query ProjectIdsPage($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ProjectIdsPageDocument,
    "\n  subscription ProjectPaymentsLive($id: ID) {\n    projectChanged(id: $id) {\n      id\n      status\n      payments {\n        amount\n      }\n    }\n  }\n": types.ProjectPaymentsLiveDocument,
    "\n  query ProjectAuditAddress($filter: AuditLogFilter) {\n    auditLogs(first: 1, filter: $filter) {\n      edges {\n        node {\n          action\n          ip\n        }\n      }\n    }\n  }\n": types.ProjectAuditAddressDocument,
    "\n  query QueryTypeName {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": types.QueryTypeNameDocument,
    "\n  fragment ProjectFields on Project {\n    id\n    status\n    createdAt\n    updatedAt\n    allowedTransitions\n    clientInfo {\n      name\n      clientId\n      phone\n      email\n      address\n    }\n    payments {\n      id\n      amount\n      currency\n      paymentType\n      provider\n      status\n      receivedAt\n    }\n    evidences {\n      id\n      category\n      fileUrl\n      showOnWeb\n      isFeatured\n      uploadedAt\n    }\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  query Typename {\n    __typename\n  }\n": types.TypenameDocument,
    "\n  query ProjectsPage($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectFields\n        }\n      }\n    }\n  }\n": types.ProjectsPageDocument,
    "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      auditTrail(first: 50) {\n        edges {\n          node {\n            id\n            action\n            actorType\n            actorId\n            oldValue\n            newValue\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.ProjectDetailDocument,
    "\n  query ProjectStatus($id: ID!) {\n    project(id: $id) {\n      id\n      status\n      allowedTransitions\n    }\n  }\n": types.ProjectStatusDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      status\n      clientInfo {\n        name\n        clientId\n        phone\n        email\n      }\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {\n    transitionProjectStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.TransitionProjectStatusDocument,
    "\n  mutation CertifyProject($projectId: ID!) {\n    certifyProject(projectId: $projectId) {\n      id\n      status\n    }\n  }\n": types.CertifyProjectDocument,
    "\n  mutation AddEvidence($input: AddEvidenceInput!) {\n    addEvidence(input: $input) {\n      id\n      category\n      fileUrl\n      showOnWeb\n      isFeatured\n      uploadedAt\n    }\n  }\n": types.AddEvidenceDocument,
    "\n  query MarginRules {\n    marginRules {\n      id\n      serviceType\n      marginPercent\n      validFrom\n      validTo\n    }\n  }\n": types.MarginRulesDocument,
    "\n  mutation UpsertMarginRule($input: MarginRuleInput!) {\n    upsertMarginRule(input: $input) {\n      id\n      serviceType\n      marginPercent\n      validFrom\n      validTo\n    }\n  }\n": types.UpsertMarginRuleDocument,
    "\n  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          entityType\n          entityId\n          action\n          actorType\n          actorId\n          oldValue\n          newValue\n          createdAt\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  mutation RecordQuickPayment($input: QuickPaymentInput!) {\n    recordQuickPayment(input: $input) {\n      replayed\n      emailQueued\n      payment {\n        id\n        amount\n        currency\n        paymentType\n        provider\n        status\n        receivedAt\n      }\n      project {\n        id\n        status\n      }\n    }\n  }\n": types.RecordQuickPaymentDocument,
    "\n  fragment FinanceMetricsFields on FinanceMetrics {\n    asOf\n    currency\n    totalReceived\n    paymentCount\n    manualRatio\n    sequence\n    dailyVolume {\n      date\n      amount\n      count\n    }\n  }\n": types.FinanceMetricsFieldsFragmentDoc,
    "\n  query FinanceMetrics($days: Int) {\n    financeMetrics(days: $days) {\n      ...FinanceMetricsFields\n    }\n  }\n": types.FinanceMetricsDocument,
    "\n  subscription FinanceMetricsLive($days: Int) {\n    financeMetricsUpdated(days: $days) {\n      ...FinanceMetricsFields\n    }\n  }\n": types.FinanceMetricsLiveDocument,
    "\n  subscription ProjectChanged($id: ID) {\n    projectChanged(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.ProjectChangedDocument,
    "\n  subscription AuditLogAdded {\n    auditLogAdded {\n      id\n      entityType\n      entityId\n      action\n      actorType\n      actorId\n      createdAt\n    }\n  }\n": types.AuditLogAddedDocument,
    "\n  query OutboundMessages($first: Int!, $after: String) {\n    outboundMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          channel\n          recipient\n          body\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.OutboundMessagesDocument,
    "\n  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          provider\n          eventId\n          eventType\n          status\n          signatureValid\n          attempts\n          error\n          receivedAt\n          processedAt\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n      error\n      processedAt\n    }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    phone\n    active\n    createdAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n": types.SetPasswordDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  query CallRequests($first: Int, $after: String, $filter: CallRequestFilter) {\n    callRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          source\n          status\n          callerName\n          phone\n          email\n          message\n          note\n          requestedAt\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.CallRequestsDocument,
    "\n  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {\n    updateCallRequest(input: $input) {\n      id\n      status\n      note\n      updatedAt\n    }\n  }\n": types.UpdateCallRequestDocument,
    "\n  mutation ResendConfirmation($projectId: ID!) {\n    resendConfirmation(projectId: $projectId) {\n      id\n      status\n    }\n  }\n": types.ResendConfirmationDocument,
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
export function graphql(source: "\n  query UsersByEmail($search: String!) {\n    users(first: 1, filter: { search: $search }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersByEmail($search: String!) {\n    users(first: 1, filter: { search: $search }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectIdsPage($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectIdsPage($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProjectPaymentsLive($id: ID) {\n    projectChanged(id: $id) {\n      id\n      status\n      payments {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProjectPaymentsLive($id: ID) {\n    projectChanged(id: $id) {\n      id\n      status\n      payments {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectAuditAddress($filter: AuditLogFilter) {\n    auditLogs(first: 1, filter: $filter) {\n      edges {\n        node {\n          action\n          ip\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectAuditAddress($filter: AuditLogFilter) {\n    auditLogs(first: 1, filter: $filter) {\n      edges {\n        node {\n          action\n          ip\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryTypeName {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryTypeName {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id\n    status\n    createdAt\n    updatedAt\n    allowedTransitions\n    clientInfo {\n      name\n      clientId\n      phone\n      email\n      address\n    }\n    payments {\n      id\n      amount\n      currency\n      paymentType\n      provider\n      status\n      receivedAt\n    }\n    evidences {\n      id\n      category\n      fileUrl\n      showOnWeb\n      isFeatured\n      uploadedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectFields on Project {\n    id\n    status\n    createdAt\n    updatedAt\n    allowedTransitions\n    clientInfo {\n      name\n      clientId\n      phone\n      email\n      address\n    }\n    payments {\n      id\n      amount\n      currency\n      paymentType\n      provider\n      status\n      receivedAt\n    }\n    evidences {\n      id\n      category\n      fileUrl\n      showOnWeb\n      isFeatured\n      uploadedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Typename {\n    __typename\n  }\n"): (typeof documents)["\n  query Typename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsPage($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectsPage($first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ProjectFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      auditTrail(first: 50) {\n        edges {\n          node {\n            id\n            action\n            actorType\n            actorId\n            oldValue\n            newValue\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectDetail($id: ID!) {\n    project(id: $id) {\n      ...ProjectFields\n      auditTrail(first: 50) {\n        edges {\n          node {\n            id\n            action\n            actorType\n            actorId\n            oldValue\n            newValue\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectStatus($id: ID!) {\n    project(id: $id) {\n      id\n      status\n      allowedTransitions\n    }\n  }\n"): (typeof documents)["\n  query ProjectStatus($id: ID!) {\n    project(id: $id) {\n      id\n      status\n      allowedTransitions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      status\n      clientInfo {\n        name\n        clientId\n        phone\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n      status\n      clientInfo {\n        name\n        clientId\n        phone\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {\n    transitionProjectStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {\n    transitionProjectStatus(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CertifyProject($projectId: ID!) {\n    certifyProject(projectId: $projectId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CertifyProject($projectId: ID!) {\n    certifyProject(projectId: $projectId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvidence($input: AddEvidenceInput!) {\n    addEvidence(input: $input) {\n      id\n      category\n      fileUrl\n      showOnWeb\n      isFeatured\n      uploadedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvidence($input: AddEvidenceInput!) {\n    addEvidence(input: $input) {\n      id\n      category\n      fileUrl\n      showOnWeb\n      isFeatured\n      uploadedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarginRules {\n    marginRules {\n      id\n      serviceType\n      marginPercent\n      validFrom\n      validTo\n    }\n  }\n"): (typeof documents)["\n  query MarginRules {\n    marginRules {\n      id\n      serviceType\n      marginPercent\n      validFrom\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertMarginRule($input: MarginRuleInput!) {\n    upsertMarginRule(input: $input) {\n      id\n      serviceType\n      marginPercent\n      validFrom\n      validTo\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertMarginRule($input: MarginRuleInput!) {\n    upsertMarginRule(input: $input) {\n      id\n      serviceType\n      marginPercent\n      validFrom\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          entityType\n          entityId\n          action\n          actorType\n          actorId\n          oldValue\n          newValue\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int!, $after: String, $filter: AuditLogFilter) {\n    auditLogs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          entityType\n          entityId\n          action\n          actorType\n          actorId\n          oldValue\n          newValue\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuickPayment($input: QuickPaymentInput!) {\n    recordQuickPayment(input: $input) {\n      replayed\n      emailQueued\n      payment {\n        id\n        amount\n        currency\n        paymentType\n        provider\n        status\n        receivedAt\n      }\n      project {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordQuickPayment($input: QuickPaymentInput!) {\n    recordQuickPayment(input: $input) {\n      replayed\n      emailQueued\n      payment {\n        id\n        amount\n        currency\n        paymentType\n        provider\n        status\n        receivedAt\n      }\n      project {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FinanceMetricsFields on FinanceMetrics {\n    asOf\n    currency\n    totalReceived\n    paymentCount\n    manualRatio\n    sequence\n    dailyVolume {\n      date\n      amount\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment FinanceMetricsFields on FinanceMetrics {\n    asOf\n    currency\n    totalReceived\n    paymentCount\n    manualRatio\n    sequence\n    dailyVolume {\n      date\n      amount\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceMetrics($days: Int) {\n    financeMetrics(days: $days) {\n      ...FinanceMetricsFields\n    }\n  }\n"): (typeof documents)["\n  query FinanceMetrics($days: Int) {\n    financeMetrics(days: $days) {\n      ...FinanceMetricsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FinanceMetricsLive($days: Int) {\n    financeMetricsUpdated(days: $days) {\n      ...FinanceMetricsFields\n    }\n  }\n"): (typeof documents)["\n  subscription FinanceMetricsLive($days: Int) {\n    financeMetricsUpdated(days: $days) {\n      ...FinanceMetricsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProjectChanged($id: ID) {\n    projectChanged(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  subscription ProjectChanged($id: ID) {\n    projectChanged(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditLogAdded {\n    auditLogAdded {\n      id\n      entityType\n      entityId\n      action\n      actorType\n      actorId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription AuditLogAdded {\n    auditLogAdded {\n      id\n      entityType\n      entityId\n      action\n      actorType\n      actorId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundMessages($first: Int!, $after: String) {\n    outboundMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          channel\n          recipient\n          body\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboundMessages($first: Int!, $after: String) {\n    outboundMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          channel\n          recipient\n          body\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          provider\n          eventId\n          eventType\n          status\n          signatureValid\n          attempts\n          error\n          receivedAt\n          processedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($first: Int!, $after: String, $filter: WebhookDeliveryFilter) {\n    webhookDeliveries(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          id\n          provider\n          eventId\n          eventType\n          status\n          signatureValid\n          attempts\n          error\n          receivedAt\n          processedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n      error\n      processedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n      error\n      processedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    phone\n    active\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    phone\n    active\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n      user {\n        id\n        email\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      expiresAt\n      user {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallRequests($first: Int, $after: String, $filter: CallRequestFilter) {\n    callRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          source\n          status\n          callerName\n          phone\n          email\n          message\n          note\n          requestedAt\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallRequests($first: Int, $after: String, $filter: CallRequestFilter) {\n    callRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          source\n          status\n          callerName\n          phone\n          email\n          message\n          note\n          requestedAt\n          createdAt\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {\n    updateCallRequest(input: $input) {\n      id\n      status\n      note\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCallRequest($input: UpdateCallRequestInput!) {\n    updateCallRequest(input: $input) {\n      id\n      status\n      note\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendConfirmation($projectId: ID!) {\n    resendConfirmation(projectId: $projectId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResendConfirmation($projectId: ID!) {\n    resendConfirmation(projectId: $projectId) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;