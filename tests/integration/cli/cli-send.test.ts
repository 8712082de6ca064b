import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDuebell } from '../../support/cli';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const journal = (db: string) => readFileSync(`${db}.demo-phone.jsonl`, 'utf8').trim().split('\n').filter(Boolean);

interface SendOut {
  asOf: string;
  messages: { id: number; to: string; state: string; reason: string | null; nextAttemptAt: string | null }[];
  summary: Record<string, number>;
  connector: { name: string; simulated: boolean };
}

describe('duebell send (spawned)', () => {
  it('plans, approves and sends the demo shop promptly; a second send the same day sends nothing new', () => {
    const dir = tmp();
    const db = join(dir, 's.db');
    const at = ['--db', db, '--now', '2026-11-30T10:00:00+08:00'];
    expect(runDuebell([...at, 'demo', 'load'], dir).code).toBe(0);
    const t0 = Date.now();
    const first = runDuebell([...at, '--json', 'send'], dir);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(first.code).toBe(0);
    const out = first.json as SendOut;
    expect(out.messages.length).toBeGreaterThan(10);
    expect(out.messages.every((m) => m.state === 'sent' || m.state === 'delivered')).toBe(true);
    expect((out.summary.sent ?? 0) + (out.summary.delivered ?? 0)).toBe(out.messages.length);
    expect(out.connector).toMatchObject({ name: 'demo', simulated: true });
    expect(first.stderr).toContain('模拟发送');
    expect(journal(db)).toHaveLength(out.messages.length);

    const second = runDuebell([...at, '--json', 'send', '--connector', 'demo'], dir);
    expect(second.code).toBe(0);
    expect((second.json as SendOut).messages).toEqual([]);
    expect(journal(db)).toHaveLength(out.messages.length);
  });

  it('--dry-run shows what would be sent and sends nothing', () => {
    const dir = tmp();
    const db = join(dir, 's.db');
    const at = ['--db', db, '--now', '2026-11-30T10:00:00+08:00'];
    runDuebell([...at, 'demo', 'load'], dir);
    const dry = runDuebell([...at, '--json', 'send', '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect((dry.json as SendOut).messages.every((m) => m.state === 'planned')).toBe(true);
    expect(() => journal(db)).toThrow();
    const queue = runDuebell([...at, '--json', 'queue', 'list', '--state', 'planned'], dir).json as { messages: unknown[] };
    expect(queue.messages.length).toBe((dry.json as SendOut).messages.length);
  });

  it('at 22:30 the messages wait for 08:00 the next morning (cadence example J)', () => {
    const dir = tmp();
    const db = join(dir, 's.db');
    const at = ['--db', db, '--now', '2026-11-30T22:30:00+08:00'];
    runDuebell([...at, 'demo', 'load'], dir);
    const out = runDuebell([...at, '--json', 'send'], dir).json as SendOut;
    expect(out.messages.length).toBeGreaterThan(0);
    expect(out.messages.every((m) => m.state === 'queued' && m.reason === 'quiet_hours')).toBe(true);
    expect(new Set(out.messages.map((m) => m.nextAttemptAt))).toEqual(new Set(['2026-12-01T00:00:00.000Z']));
    expect(() => journal(db)).toThrow();
  });

  it('refuses an unknown connector before anything is sent', () => {
    const dir = tmp();
    const db = join(dir, 's.db');
    runDuebell(['--db', db, 'demo', 'load'], dir);
    const r = runDuebell(['--db', db, '--json', 'send', '--connector', 'carrier-pigeon'], dir);
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ error: { code: 'unknown_connector' } });
    expect(() => journal(db)).toThrow();
  });
});
