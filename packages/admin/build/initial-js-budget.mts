import { gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * The JavaScript a first visit downloads before anything renders: the entry chunk and the
 * chunks it imports statically (lazy routes excluded), gzipped.
 */
export function initialJsBytes(bundle: OutputBundle): { files: string[]; gzipBytes: number } {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const imported of chunk.imports) {
      const next = byName.get(imported);
      if (next) visit(next);
    }
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  const files = [...seen];
  return { files, gzipBytes: files.reduce((sum, file) => sum + gzipSync(byName.get(file)!.code).length, 0) };
}

/** Prints the initial JS size and fails the build above the budget. */
export function initialJsBudget({ limitKb }: { limitKb: number }): Plugin {
  return {
    name: 'vejapro-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const { files, gzipBytes } = initialJsBytes(bundle);
      const kb = gzipBytes / 1024;
      const line = `initial JS: ${kb.toFixed(1)} KB gzip in ${files.length} file(s), budget ${limitKb} KB`;
      if (kb > limitKb) this.error(`${line}: over budget`);
      // Printed on every build, whatever Vite's log level.
      console.log(line);
    },
  };
}
