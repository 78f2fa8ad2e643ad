import { describe, expect, it } from 'vitest';
import { summarize } from './finance-metrics.service';

describe('summarize', () => {
  it('sums the window net of refunds and computes the manual ratio on gross amounts', () => {
    const at = new Date('2026-11-20T10:00:00Z');
    const metrics = summarize(
      [
        { date: '2026-11-19', gross: '0', manual: '0', refunded: '0', count: 0, last_movement_at: null },
        { date: '2026-11-20', gross: '10000', manual: '2500', refunded: '1000', count: 2, last_movement_at: at },
        { date: '2026-11-21', gross: '0', manual: '0', refunded: '500', count: 0, last_movement_at: new Date('2026-11-21T08:00:00Z') },
      ],
      'eur',
    );
    expect(metrics).toMatchObject({ currency: 'eur', totalReceived: 8500, paymentCount: 2, manualRatio: 0.25, asOf: new Date('2026-11-21T08:00:00Z') });
    expect(metrics.dailyVolume).toEqual([
      { date: '2026-11-19', amount: 0, count: 0 },
      { date: '2026-11-20', amount: 9000, count: 2 },
      { date: '2026-11-21', amount: -500, count: 0 },
    ]);
  });

  it('is all zeros with a null asOf when nothing happened', () => {
    expect(summarize([{ date: '2026-11-21', gross: '0', manual: '0', refunded: '0', count: 0, last_movement_at: null }], 'eur')).toMatchObject({
      totalReceived: 0,
      paymentCount: 0,
      manualRatio: 0,
      asOf: null,
    });
  });
});
