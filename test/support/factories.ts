import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '../../packages/api/src/core/auth/role';
import { EvidenceCategory } from '../../packages/api/src/evidences/evidence-category.enum';
import { Evidence } from '../../packages/api/src/evidences/evidence.entity';
import { PaymentProvider, PaymentStatus, PaymentType } from '../../packages/api/src/payments/payment.enums';
import { Payment } from '../../packages/api/src/payments/payment.entity';
import { ProjectStatus } from '../../packages/api/src/projects/project-status.enum';
import { Project } from '../../packages/api/src/projects/project.entity';
import { User } from '../../packages/api/src/users/user.entity';

/** Test data written straight to the real database, with overrides per test. */
export function factories(dataSource: DataSource) {
  return {
    async user(overrides: Partial<User> = {}): Promise<User> {
      const repository = dataSource.getRepository(User);
      return repository.save(
        repository.create({ email: `${randomUUID()}@test.vejapro.lt`, role: Role.CLIENT, name: 'Test User', phone: null, ...overrides }),
      );
    },

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
