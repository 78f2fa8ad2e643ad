import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, requireTool, run } from './tools';

/**
 * `nginx -t` against the shipped docker/nginx.conf, as Nginx would load it on a server: a main
 * config that includes it, beside it tls/ with a throwaway self-signed certificate and snippets/
 * with the Cloudflare real-IP file. Only the main config is ours: it keeps pid, logs and temp
 * files in a temp directory and defines the upstream (docker/nginx-upstream.conf names `api`,
 * which resolves only inside compose).
 */
describe('docker/nginx.conf', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vejapro-nginx-'));
    mkdirSync(path.join(dir, 'tls'));
    mkdirSync(path.join(dir, 'snippets'));
    mkdirSync(path.join(dir, 'logs'));
    const openssl = requireTool('openssl', 'openssl');
    const cert = run(openssl, [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=vejapro.test',
      '-keyout', path.join(dir, 'tls/privkey.pem'), '-out', path.join(dir, 'tls/fullchain.pem'),
    ]); // prettier-ignore
    expect(cert.status, cert.output).toBe(0);
    copyFileSync(path.join(ROOT, 'docker/cloudflare-real-ip.conf'), path.join(dir, 'snippets/cloudflare-real-ip.conf'));
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream vejapro_api { server 127.0.0.1:4000; }
  include ${path.join(ROOT, 'docker/nginx.conf')};
}
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes nginx -t with a self-signed certificate', () => {
    const nginx = requireTool('nginx', 'nginx');
    const result = run(nginx, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'logs/error.log')]);
    expect(result.output).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  it('the shipped upstream file defines the name nginx.conf proxies to', () => {
    const upstream = readFileSync(path.join(ROOT, 'docker/nginx-upstream.conf'), 'utf8');
    expect(upstream).toMatch(/upstream vejapro_api \{\s*server api:4000;/);
  });
});
