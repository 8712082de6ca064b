import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/db';
import { acquireLease, holdsLease, isStale, readLease, releaseLease, renewLease } from '../../../electron/queue/lease';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();
const me = (tag: string) => `${hostname()}/${process.pid}/${tag}`;

async function twoConnections() {
  const path = join(tmp(), 'ledger.db');
  const a = await openLedger(path);
  const b = await openLedger(path);
  return { a, b, close: () => {
      a.close();
      b.close();
    }, };
}

describe('queue lease', () => {
  it('two workers on the same file never both hold it', async () => {
    const { a, b, close } = await twoConnections();
    expect(acquireLease(a, me('A'))).toEqual({ ok: true });
    const second = acquireLease(b, me('B'));
    expect(second.ok).toBe(false);
    expect(holdsLease(b, me('B'))).toBe(false);
    expect(holdsLease(a, me('A'))).toBe(true);
    // renewing is only for the holder
    expect(renewLease(b, me('B'))).toBe(false);
    expect(renewLease(a, me('A'))).toBe(true);
    releaseLease(a, me('A'));
    expect(acquireLease(b, me('B'))).toEqual({ ok: true });
    expect(acquireLease(a, me('A')).ok).toBe(false);
    close();
  });

  it('an expired lease is taken over, and the old holder can no longer renew', async () => {
    const { a, b, close } = await twoConnections();
    const t0 = Date.now();
    expect(acquireLease(a, me('A'), 1000, t0).ok).toBe(true);
    expect(acquireLease(b, me('B'), 1000, t0 + 500).ok).toBe(false);
    expect(acquireLease(b, me('B'), 1000, t0 + 1000).ok).toBe(true);
    expect(renewLease(a, me('A'))).toBe(false);
    expect(readLease(a)?.holder).toBe(me('B'));
    close();
  });

  it('a lease left by a dead process on this host is stale at once; a live one is not', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(isStale({ holder: `${hostname()}/${dead}/x`, expiresAt: future }, Date.now())).toBe(true);
    expect(isStale({ holder: me('x'), expiresAt: future }, Date.now())).toBe(false);
    // another host: only expiry counts
    expect(isStale({ holder: `elsewhere/${dead}/x`, expiresAt: future }, Date.now())).toBe(false);

    const { a, b, close } = await twoConnections();
    a.prepare('INSERT INTO queue_lease (id, holder, expires_at) VALUES (1, ?, ?)').run(`${hostname()}/${dead}/x`, future);
    expect(acquireLease(b, me('B')).ok).toBe(true);
    close();
  });
});
