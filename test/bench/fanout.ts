/**
 * Subscription fan-out (issue 12): N `financeMetricsUpdated` subscribers over graphql-ws, one signed
 * Stripe DEPOSIT delivery every 1/RATE s, each must reach every subscriber as a new snapshot. Latency
 * per frame = client receive − the moment the webhook was answered (clipped at 0: with the leading edge
 * a snapshot can overtake the HTTP answer). Reference in the same run: a bare `ws` server broadcasting
 * the same frame to as many sockets (latency = receive − start of the broadcast loop). Clients live in
 * this process for both, so both pay the same client-side cost.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import Stripe from 'stripe';
import WebSocket, { WebSocketServer } from 'ws';
import { signAccessToken } from '../../packages/api/src/core/auth/jwt';
import { Role } from '../../packages/api/src/core/auth/role';
import { startServer } from '../../packages/api/src/app/server';
import { seedBulkProjects } from '../../packages/api/src/seed/bulk-data';
import { startBenchDatabase } from './bench-database';

const SUBSCRIBERS = Number(process.env.FANOUT_SUBSCRIBERS ?? 1_000);
const RATE = Number(process.env.FANOUT_RATE ?? 2);
const EVENTS = Number(process.env.FANOUT_EVENTS ?? 20);
const ROUNDS = Number(process.env.FANOUT_ROUNDS ?? 3);
const AMOUNT = 5_000;
const QUERY = `subscription ($days: Int) { financeMetricsUpdated(days: $days) { asOf currency totalReceived paymentCount manualRatio sequence dailyVolume { date amount count } } }`;

const stripe = new Stripe('sk_bench_signing_only');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Figures {
  p50: number;
  p99: number;
  delivered: number;
}

function figures(latencies: number[], expected: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), delivered: (100 * latencies.length) / expected };
}

/** One graphql-transport-ws subscriber; calls onFrame(totalReceived, receivedAt) for every snapshot. */
function subscriber(url: string, token: string, onFrame: (total: number, at: number) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    let first = true;
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('error', reject);
    socket.on('message', (data) => {
      const at = performance.now();
      const message = JSON.parse(String(data));
      if (message.type === 'connection_ack') socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { days: 30 } } }));
      else if (message.type === 'next') {
        onFrame(message.payload.data.financeMetricsUpdated.totalReceived, at);
        if (first) {
          first = false;
          resolve(socket);
        }
      } else if (message.type === 'error') reject(new Error(JSON.stringify(message.payload)));
    });
  });
}

async function connectAll<T>(count: number, open: () => Promise<T>): Promise<T[]> {
  const sockets: T[] = [];
  // In batches, so the handshakes do not time out on a small machine.
  for (let i = 0; i < count; i += 100) sockets.push(...(await Promise.all(Array.from({ length: Math.min(100, count - i) }, open))));
  return sockets;
}

async function apiRound(wsUrl: string, httpUrl: string, token: string, secret: string, projectIds: string[]): Promise<{ figures: Figures; frame: string }> {
  const frames: Array<Array<{ total: number; at: number }>> = [];
  let lastFrame = '';
  const sockets = await connectAll(SUBSCRIBERS, () => {
    const received: Array<{ total: number; at: number }> = [];
    frames.push(received);
    return subscriber(wsUrl, token, (total, at) => received.push({ total, at }));
  });
  sockets[0]!.on('message', (data) => (lastFrame = String(data)));
  await sleep(500);
  const base = Math.max(...frames.map((f) => f.at(-1)!.total));
  const answeredAt: number[] = [];
  for (let k = 0; k < EVENTS; k++) {
    const started = performance.now();
    const payload = JSON.stringify({
      id: `evt_fanout_${randomBytes(6).toString('hex')}`,
      object: 'event',
      type: 'payment_intent.succeeded',
      created: Math.floor(Date.now() / 1000),
      data: {
        object: {
          id: `pi_fanout_${randomBytes(6).toString('hex')}`,
          amount_received: AMOUNT,
          currency: 'eur',
          metadata: { project_id: projectIds.pop(), payment_type: 'DEPOSIT' },
        },
      },
    });
    const response = await fetch(`${httpUrl}/api/v1/webhook/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret }) },
      body: payload,
    });
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    await response.arrayBuffer();
    answeredAt.push(performance.now());
    await sleep(Math.max(0, 1000 / RATE - (performance.now() - started)));
  }
  await sleep(2_000);
  const latencies: number[] = [];
  for (const received of frames)
    for (let k = 0; k < EVENTS; k++) {
      const frame = received.find((f) => f.total >= base + (k + 1) * AMOUNT);
      if (frame) latencies.push(Math.max(0, frame.at - answeredAt[k]!));
    }
  await Promise.all(sockets.map((s) => new Promise((resolve) => (s.once('close', resolve), s.close()))));
  return { figures: figures(latencies, SUBSCRIBERS * EVENTS), frame: lastFrame };
}

async function bareRound(frame: string): Promise<Figures> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(http.address() as { port: number }).port}`;
  const latencies: number[] = [];
  let sentAt = 0;
  const sockets = await connectAll(
    SUBSCRIBERS,
    () =>
      new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(url);
        socket.on('open', () => resolve(socket));
        socket.on('error', reject);
        socket.on('message', (data) => {
          const at = performance.now();
          JSON.parse(String(data)); // the same client-side work as for the API's frames
          latencies.push(at - sentAt);
        });
      }),
  );
  for (let k = 0; k < EVENTS; k++) {
    sentAt = performance.now();
    for (const client of wss.clients) client.send(frame);
    await sleep(1000 / RATE);
  }
  await sleep(2_000);
  await Promise.all(sockets.map((s) => new Promise((resolve) => (s.once('close', resolve), s.close()))));
  await new Promise((resolve) => wss.close(resolve));
  await new Promise((resolve) => http.close(resolve));
  return figures(latencies, SUBSCRIBERS * EVENTS);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (f: Figures) => `p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, ${f.delivered.toFixed(1)} % delivered`;

export async function benchFanout(): Promise<void> {
  const secret = `whsec_${randomBytes(16).toString('hex')}`;
  const db = await startBenchDatabase('fanout', { STRIPE_WEBHOOK_SECRET: secret }, 10);
  const { config, logger, dataSource } = db;
  try {
    // Each event is a DEPOSIT to its own DRAFT project; roughly 1 in 10 seeded projects is one.
    await seedBulkProjects(dataSource, Math.max(400, EVENTS * ROUNDS * 15), logger, config.businessTimezone);
    const server = await startServer({ config, logger, dataSource });
    const token = await signAccessToken({ sub: randomBytes(8).toString('hex'), role: Role.ADMIN }, { secret: config.jwt.secret! });
    const projectIds: string[] = (await dataSource.query(`SELECT id FROM projects WHERE status = 'DRAFT' LIMIT $1`, [EVENTS * ROUNDS])).map((r: { id: string }) => r.id);
    if (projectIds.length < EVENTS * ROUNDS) throw new Error('not enough DRAFT projects for the fan-out bench');
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/graphql`;

    console.log(`\nfinanceMetricsUpdated fan-out: ${SUBSCRIBERS.toLocaleString('en')} subscribers, ${RATE} events/s, ${EVENTS} events per round, ${ROUNDS} alternating rounds`);
    const api: Figures[] = [];
    const bare: Figures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const result = await apiRound(wsUrl, server.url, token, secret, projectIds);
      api.push(result.figures);
      bare.push(await bareRound(result.frame));
      console.log(`  round ${round + 1}: API ${fmt(result.figures)} | bare ws ${fmt(bare.at(-1)!)}`);
    }
    const pick = (list: Figures[]): Figures => ({ p50: median(list.map((f) => f.p50)), p99: median(list.map((f) => f.p99)), delivered: median(list.map((f) => f.delivered)) });
    const a = pick(api);
    const b = pick(bare);
    console.log(`  medians: API ${fmt(a)}; bare ws ${fmt(b)}`);
    console.log(`  ratio p99 API/bare: ${(a.p99 / b.p99).toFixed(1)}×  (target: p99 ≤ 2 × bare + 25 ms = ${(2 * b.p99 + 25).toFixed(0)} ms)`);
    await server.close();
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  benchFanout().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
