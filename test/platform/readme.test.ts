import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_FILE, lifecycleBlock, readmeLifecycleBlock } from '../../packages/api/src/scripts/emit-lifecycle-diagram';

describe('README', () => {
  it('shows the lifecycle diagram of the current state machine (run `pnpm docs:lifecycle` after changing it)', () => {
    expect(readmeLifecycleBlock(readFileSync(README_FILE, 'utf8'))).toBe(lifecycleBlock());
  });

  it('starts with the two commands', () => {
    const start = readFileSync(README_FILE, 'utf8').slice(0, 400);
    expect(start).toMatch(/pnpm install[\s\S]*pnpm start/);
  });
});
