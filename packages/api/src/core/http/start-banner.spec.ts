import { describe, expect, it } from 'vitest';
import { startBanner } from './start-banner';

describe('start banner', () => {
  it('shows where the API answers and, in development, the demo sign-in', () => {
    const banner = startBanner({
      port: 4000,
      publicBaseUrl: 'http://localhost:4000',
      nodeEnv: 'development',
      database: 'embedded PostgreSQL, data in /srv/.data',
      demoSignIn: { email: 'laura.mockute@vejapro.lt', password: 'veja-abcd-efgh-jkmn' },
    });
    expect(banner).toContain('http://localhost:4000/graphql');
    expect(banner).toContain('ws://localhost:4000/graphql');
    expect(banner).toContain('http://localhost:4000/health');
    expect(banner).toMatch(/Demo sign-in\s+laura\.mockute@vejapro\.lt \/ veja-abcd-efgh-jkmn/);
    expect(banner).not.toContain('Public URL');
  });

  it('names a public URL that differs and shows no sign-in without demo users', () => {
    const banner = startBanner({ port: 8080, publicBaseUrl: 'https://api.vejapro.lt', nodeEnv: 'production', database: 'DATABASE_URL', demoSignIn: null });
    expect(banner).toMatch(/Public URL\s+https:\/\/api\.vejapro\.lt/);
    expect(banner).not.toContain('Demo sign-in');
  });
});
