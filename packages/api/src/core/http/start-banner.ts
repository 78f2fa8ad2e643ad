export interface BannerFacts {
  port: number;
  publicBaseUrl: string;
  nodeEnv: string;
  database: string;
  adminUrl?: string;
  demoSignIn?: { email: string; password: string } | null;
}

/** The few lines a person starting the server needs: where it answers and how to sign in. */
export function startBanner(facts: BannerFacts): string {
  const local = `http://localhost:${facts.port}`;
  const rows: Array<[string, string]> = [
    ['GraphQL', `${local}/graphql`],
    ['WebSocket', `${local.replace('http', 'ws')}/graphql`],
    ['Health', `${local}/health`],
  ];
  if (facts.adminUrl) rows.push(['Admin', facts.adminUrl]);
  if (facts.publicBaseUrl !== local) rows.push(['Public URL', facts.publicBaseUrl]);
  rows.push(['Database', facts.database]);
  if (facts.demoSignIn) rows.push(['Demo sign-in', `${facts.demoSignIn.email} / ${facts.demoSignIn.password}  (every demo user has this password)`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return ['', `  VejaPRO is ready (${facts.nodeEnv})`, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`), ''].join('\n') + '\n';
}
