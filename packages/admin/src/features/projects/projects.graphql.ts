import { graphql } from '../../gql/gql';

/* ---------- List ---------- */

export const ProjectRowFields = graphql(`
  fragment ProjectRow on Project {
    id
    status
    serviceType
    areaM2
    createdAt
    clientInfo {
      name
    }
  }
`);

export const ProjectsList = graphql(`
  query Projects($first: Int!, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PagerPageInfo
      }
      edges {
        node {
          ...ProjectRow
        }
      }
    }
  }
`);

// The same fields as a row: each event rewrites the cached row in place.
export const ProjectsChanged = graphql(`
  subscription ProjectsChanged {
    projectChanged(id: null) {
      ...ProjectRow
    }
  }
`);

/* ---------- Detail ---------- */

export const ProjectSummaryFields = graphql(`
  fragment ProjectSummary on Project {
    id
    status
    serviceType
    areaM2
    contractorId
    expertId
    createdAt
    updatedAt
    clientInfo {
      name
      phone
      email
      address
    }
  }
`);

export const ProjectActionsFields = graphql(`
  fragment ProjectActions on Project {
    id
    status
    allowedTransitions
  }
`);

export const PaymentRowFields = graphql(`
  fragment PaymentRow on Payment {
    id
    paymentType
    amount
    refundedAmount
    currency
    provider
    method
    status
    receivedAt
  }
`);

export const EvidenceItemFields = graphql(`
  fragment EvidenceItem on Evidence {
    id
    category
    fileUrl
    uploadedAt
  }
`);

export const AuditEntryFields = graphql(`
  fragment AuditEntry on AuditLog {
    id
    action
    actorType
    actorId
    createdAt
    oldValue
    newValue
    note
  }
`);

/*
 * The detail page's selection is spelled out in the query and in the subscription rather than
 * wrapped in one more fragment: the API's query cost limit (5000) charges each fragment level,
 * and a wrapper pushes this past it. auditTrail is ADMIN-only: asking for it as another role
 * would fail the whole project, hence @include.
 */
export const ProjectById = graphql(`
  query ProjectDetail($id: ID!, $withAudit: Boolean!) {
    project(id: $id) {
      ...ProjectSummary
      ...ProjectActions
      payments {
        ...PaymentRow
      }
      evidences {
        ...EvidenceItem
      }
      auditTrail(first: 20) @include(if: $withAudit) {
        totalCount
        edges {
          node {
            ...AuditEntry
          }
        }
      }
    }
  }
`);

// The same selection as ProjectDetail, so an event rewrites the cached project and the page follows.
export const ProjectDetailChanged = graphql(`
  subscription ProjectDetailChanged($id: ID!, $withAudit: Boolean!) {
    projectChanged(id: $id) {
      ...ProjectSummary
      ...ProjectActions
      payments {
        ...PaymentRow
      }
      evidences {
        ...EvidenceItem
      }
      auditTrail(first: 20) @include(if: $withAudit) {
        totalCount
        edges {
          node {
            ...AuditEntry
          }
        }
      }
    }
  }
`);

export const TransitionProjectStatus = graphql(`
  mutation TransitionProjectStatus($input: TransitionProjectStatusInput!) {
    transitionProjectStatus(input: $input) {
      ...ProjectActions
    }
  }
`);

export const CertifyProject = graphql(`
  mutation CertifyProject($projectId: ID!) {
    certifyProject(projectId: $projectId) {
      ...ProjectActions
    }
  }
`);

export const ResendConfirmation = graphql(`
  mutation ResendConfirmation($projectId: ID!) {
    resendConfirmation(projectId: $projectId) {
      id
    }
  }
`);

export const AddEvidence = graphql(`
  mutation AddEvidence($input: AddEvidenceInput!) {
    addEvidence(input: $input) {
      ...EvidenceItem
    }
  }
`);

/* ---------- Create ---------- */

// Fields inline, not a fragment: with first: 100 a fragment level costs more than the API's limit allows.
export const AssignableUsers = graphql(`
  query AssignableUsers($role: Role!) {
    users(filter: { role: $role, active: true }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateProject = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ProjectRow
    }
  }
`);
