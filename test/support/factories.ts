import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EvidenceCategory } from '../../packages/api/src/evidences/evidence-category.enum';
import { Evidence } from '../../packages/api/src/evidences/evidence.entity';
import { PaymentProvider, PaymentStatus, PaymentType } from '../../packages/api/src/payments/payment.enums';
import { Payment } from '../../packages/api/src/payments/payment.entity';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { Project } from '../../packages/api/src/projects/project.entity';

/**
 * Test data written straight to the real database, with overrides per test: states a user
 * could reach through the API, reached in one step. Users are not made here: they come
 * through createUser or a token (test/support/users.ts), as they do in the product.
 */
export function factories(dataSource: DataSource) {
  return {
    async project(overrides: Partial<Project> = {}): Promise<Project> {
      const repository = dataSource.getRepository(Project);
      return repository.save(
        repository.create({
          status: ProjectStatus.DRAFT,
          clientName: 'Jonas Petrauskas',
          clientId: null,
          clientPhone: '+37060000001',
          clientEmail: null,
          clientAddress: 'Gedimino pr. 1, Vilnius',
          contractorId: null,
          expertId: null,
          serviceType: 'ROLL_LAWN',
          areaM2: 120,
          ...overrides,
        }),
      );
    },

    async payment(projectId: string, overrides: Partial<Payment> = {}): Promise<Payment> {
      const repository = dataSource.getRepository(Payment);
      return repository.save(
        repository.create({
          projectId,
          provider: PaymentProvider.STRIPE,
          providerReference: `pi_test_${randomUUID()}`,
          paymentType: PaymentType.DEPOSIT,
          method: null,
          amount: 50_000,
          refundedAmount: 0,
          currency: 'eur',
          status: PaymentStatus.SUCCEEDED,
          receivedAt: new Date(),
          ...overrides,
        }),
      );
    },

    async evidences(projectId: string, count: number, category = EvidenceCategory.EXPERT_CERTIFICATION): Promise<Evidence[]> {
      const repository = dataSource.getRepository(Evidence);
      const rows = Array.from({ length: count }, (_, i) =>
        repository.create({ projectId, fileUrl: `https://placehold.co/800x600?text=${i}`, category, showOnWeb: false, isFeatured: false, uploadedBy: null }),
      );
      return repository.save(rows);
    },

    async auditCount(where = 'TRUE', params: unknown[] = []): Promise<number> {
      const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM audit_logs WHERE ${where}`, params);
      return row.n as number;
    },
  };
}
