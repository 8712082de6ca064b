import type { Db } from './db';

// Read-heavy queries (the ledger page's customer list with balances over 100,000 invoices) are
// answered from memory until the database changes. "Changed" = any write on this connection
// (total_changes) or a commit by another process (PRAGMA data_version), so it is never stale.

const MAX_ENTRIES = 16;
const caches = new WeakMap<Db, Map<string, { version: string; value: unknown }>>();

function dataVersion(db: Db): string {
  const own = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${db.pragma('data_version', { simple: true })}:${own}`;
}

export function cachedRead<T>(db: Db, key: string, compute: () => T): T {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const version = dataVersion(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    // Refresh recency so the most used queries stay.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  cache.set(key, { version, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}
