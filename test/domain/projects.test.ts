import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { EvidenceCategory } from '../../packages/api/src/evidences/evidence-category.enum';
import { PaymentType } from '../../packages/api/src/payments/payment.enums';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { factories } from '../support/factories';
import { createUser } from '../support/users';
import { dataOf } from '../support/documents';
import { ADD_EVIDENCE, CREATE_PROJECT, PROJECT_STATUS, PROJECTS_PAGE, TRANSITION, VIEWER } from '../support/operations';
import { countStatements } from '../support/statement-counter';
import { Role, useTestServer } from '../support/test-server';
import type { ProjectFilter, ProjectsPageQuery } from '../generated/graphql';
import { graphql } from '../generated/gql';

/** A page without totalCount, as a client that only lists would ask. */
const PROJECT_IDS_PAGE = graphql(`
  query ProjectIdsPage($first: Int!) {
    projects(first: $first) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

describe('projects', () => {
  const server = useTestServer();
  let make: ReturnType<typeof factories>;
  let admin: string;
  const clientId = randomUUID();
  let contractorId: string;
  let otherContractorId: string;
  const ids = { mine: '', byEmail: '', others: '' };

  beforeAll(async () => {
    make = factories(server.dataSource);
    admin = await server.token(Role.ADMIN);
    contractorId = (await createUser(server, Role.CONTRACTOR)).id;
    otherContractorId = (await createUser(server, Role.CONTRACTOR)).id;
    // 60 projects, oldest first, each with a payment and two evidences.
    for (let i = 0; i < 60; i++) {
      const project = await make.project({
        clientName: i === 59 ? 'Rūta Žemaitienė' : `Klientas ${i}`,
        status: i % 2 ? ProjectStatus.PAID : ProjectStatus.DRAFT,
        contractorId: i < 5 ? contractorId : otherContractorId,
        clientId: i === 0 ? clientId : null,
        clientEmail: i === 1 ? 'klientas@example.lt' : null,
      });
      await make.payment(project.id, { paymentType: PaymentType.DEPOSIT });
      await make.evidences(project.id, 2, EvidenceCategory.SITE_BEFORE);
      if (i === 0) ids.mine = project.id;
      if (i === 1) ids.byEmail = project.id;
      if (i === 10) ids.others = project.id;
    }
  });

  it('pages newest first with cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      // Annotated: `after` feeds back into the next request, which TypeScript cannot infer through.
      const page: ProjectsPageQuery['projects'] = dataOf(await server.graphql(PROJECTS_PAGE, { first: 25, after }, admin)).projects;
      expect(page.totalCount).toBe(60);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(60);
    expect(seen[0]).not.toBe(ids.mine); // newest first: the first project created comes last
    expect(seen.at(-1)).toBe(ids.mine);
  });

  it('filters by status and searches client fields', async () => {
    const page = async (filter: ProjectFilter, first = 100) => dataOf(await server.graphql(PROJECTS_PAGE, { first, filter }, admin)).projects;
    const paid = await page({ status: 'PAID' });
    expect(paid.totalCount).toBe(30);
    expect(paid.edges.every((edge) => edge.node.status === 'PAID')).toBe(true);
    const found = await page({ search: 'žemaitienė' }, 10);
    expect(found.edges.map((edge) => edge.node.clientInfo.name)).toEqual(['Rūta Žemaitienė']);
    const none = await page({ search: '100%_' }, 10);
    expect(none.totalCount).toBe(0);
  });

  it('refuses first above 100 or below 1 before execution with GRAPHQL_VALIDATION_FAILED (400)', async () => {
    for (const variables of [{ first: 101 }, { first: 0 }]) {
      const response = await server.graphql(PROJECTS_PAGE, variables, admin);
      expect(response.status, JSON.stringify(variables)).toBe(400);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('refuses a forged cursor with BAD_USER_INPUT', async () => {
    const response = await server.graphql(PROJECTS_PAGE, { first: 10, after: 'bm90LWEtY3Vyc29y' }, admin);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('runs the same few SQL statements for a page of 10 or of 50, with payments, evidences and allowedTransitions', async () => {
    // The admin's first request registers them (token-registration.test.ts): not what is measured here.
    dataOf(await server.graphql(VIEWER, {}, admin));
    const statementsFor = async (first: number) => (await countStatements(server.dataSource, () => server.graphql(PROJECTS_PAGE, { first }, admin))).length;
    const ten = await statementsFor(10);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(ten);
    // count, page, payments batch, evidences batch
    expect(fifty).toBeLessThanOrEqual(4);
  });

  it('counts every visible project only when the client asks for totalCount', async () => {
    dataOf(await server.graphql(VIEWER, {}, admin));
    const counts = async (document: typeof PROJECTS_PAGE | typeof PROJECT_IDS_PAGE) =>
      (await countStatements(server.dataSource, () => server.graphql(document, { first: 10 }, admin))).filter((sql) => /COUNT\(/i.test(sql)).length;
    expect(await counts(PROJECTS_PAGE)).toBe(1);
    expect(await counts(PROJECT_IDS_PAGE)).toBe(0);
  });

  it('shows a CLIENT only projects with their id or e-mail; anything else is NOT_FOUND', async () => {
    const client = await server.token(Role.CLIENT, { sub: clientId, email: 'Klientas@Example.lt' });
    const { projects } = dataOf(await server.graphql(PROJECTS_PAGE, { first: 100 }, client));
    expect(projects.edges.map((edge) => edge.node.id).sort()).toEqual([ids.mine, ids.byEmail].sort());
    expect((await server.graphql(PROJECT_STATUS, { id: ids.others }, client)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a CONTRACTOR only assigned projects, and hides others even from mutations (NOT_FOUND wins over FORBIDDEN)', async () => {
    const contractor = await server.token(Role.CONTRACTOR, { sub: contractorId });
    const { projects } = dataOf(await server.graphql(PROJECTS_PAGE, { first: 100 }, contractor));
    expect(projects.totalCount).toBe(5);
    const transition = await server.graphql(TRANSITION, { input: { projectId: ids.others, newStatus: 'SCHEDULED' } }, contractor);
    expect(transition.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const evidence = await server.graphql(ADD_EVIDENCE, { input: { projectId: ids.others, fileUrl: 'https://x.lt/a.jpg', category: 'SITE_AFTER' } }, contractor);
    expect(evidence.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missing = await server.graphql(TRANSITION, { input: { projectId: 'not-a-uuid', newStatus: 'SCHEDULED' } }, contractor);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a CLIENT adding evidence to their own project with FORBIDDEN', async () => {
    const client = await server.token(Role.CLIENT, { sub: clientId });
    const response = await server.graphql(ADD_EVIDENCE, { input: { projectId: ids.mine, fileUrl: 'https://x.lt/a.jpg', category: 'SITE_AFTER' } }, client);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('requires a token for every project operation', async () => {
    expect((await server.graphql(PROJECTS_PAGE, { first: 1 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('createProject', () => {
  const server = useTestServer();

  it('creates a DRAFT project for an admin', async () => {
    const admin = await server.token(Role.ADMIN);
    const response = await server.graphql(
      CREATE_PROJECT,
      { input: { clientInfo: { name: 'Petras Jonaitis', clientId: 'c-1', phone: '+37069999999', email: 'Petras@Example.lt' } } },
      admin,
    );
    expect(dataOf(response)).toEqual({
      createProject: { id: expect.any(String), status: 'DRAFT', clientInfo: { name: 'Petras Jonaitis', clientId: 'c-1', phone: '+37069999999', email: 'petras@example.lt' } },
    });
  });

  it('refuses invalid input with BAD_USER_INPUT and creates nothing', async () => {
    const admin = await server.token(Role.ADMIN);
    const expert = await createUser(server, Role.EXPERT);
    const [{ n: before }] = await server.dataSource.query('SELECT count(*)::int AS n FROM projects');
    for (const input of [
      { clientInfo: { name: 'A', phone: '860000000' } },
      { clientInfo: { name: '   ' } },
      { clientInfo: { name: 'A', email: 'not-an-email' } },
      { clientInfo: { name: 'A' }, areaM2: -5 },
      { clientInfo: { name: 'A' }, contractorId: expert.id },
      { clientInfo: { name: 'A' }, contractorId: randomUUID() },
    ]) {
      const response = await server.graphql(CREATE_PROJECT, { input }, admin);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const [{ n: after }] = await server.dataSource.query('SELECT count(*)::int AS n FROM projects');
    expect(after).toBe(before);
  });

  it('is for admins only', async () => {
    const response = await server.graphql(CREATE_PROJECT, { input: { clientInfo: { name: 'A' } } }, await server.token(Role.CONTRACTOR));
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
