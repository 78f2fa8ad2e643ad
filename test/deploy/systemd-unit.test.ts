import { describe, expect, it } from 'vitest';
import { run, which } from './tools';

// systemd-analyze comes with systemd, which a container image may not have: skipped, saying so.
const systemdAnalyze = which('systemd-analyze');

describe('docker/vejapro.service', () => {
  it.skipIf(!systemdAnalyze)(`systemd-analyze verify finds nothing to say${systemdAnalyze ? '' : ' (skipped: systemd-analyze is not installed)'}`, () => {
    // ExecStart is /usr/bin/env node ..., so the executable verify looks for exists on any machine.
    const result = run(systemdAnalyze!, ['verify', 'docker/vejapro.service']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});
