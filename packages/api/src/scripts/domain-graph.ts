import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The API's source root; its first-level folders are the domains (and core, app, scripts...). */
export const SOURCE_ROOT = path.resolve(__dirname, '..');

/** Folders that are not domains: plumbing below them all, wiring and entry points above them all. */
const NOT_DOMAINS = new Set(['core', 'app', 'scripts', 'seed', 'migrations']);

export type DomainGraph = Map<string, Set<string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** Which domain imports which, from the relative imports of every non-test source file. */
export function domainGraph(root = SOURCE_ROOT): DomainGraph {
  const graph: DomainGraph = new Map();
  const domains = readdirSync(root).filter((name) => statSync(path.join(root, name)).isDirectory() && !NOT_DOMAINS.has(name));
  for (const domain of domains) {
    const edges = new Set<string>();
    for (const file of sourceFiles(path.join(root, domain))) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const top = path.relative(root, path.resolve(path.dirname(file), target!)).split(path.sep)[0]!;
        if (top !== domain && domains.includes(top)) edges.add(top);
      }
    }
    graph.set(domain, edges);
  }
  return graph;
}

/** Every cycle's path (a -> b -> a), empty when the graph is a DAG. */
export function domainCycles(graph: DomainGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(node)), node]);
      return;
    }
    state.set(node, 'visiting');
    for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) visit(node, []);
  return cycles;
}

/** The graph as a Mermaid flowchart (an arrow points at what a domain depends on). */
export function domainGraphMermaid(graph: DomainGraph): string {
  const lines = ['flowchart TD'];
  for (const domain of [...graph.keys()].sort()) {
    const targets = [...graph.get(domain)!].sort();
    if (!targets.length) lines.push(`  ${domain}`);
    for (const target of targets) lines.push(`  ${domain} --> ${target}`);
  }
  return lines.join('\n');
}
