import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/db';
import { cachedRead } from '../../../electron/ledger/read-cache';
import { tempDirsPerTest } from '../../support/temp';

const tmp = tempDirsPerTest();

describe('read cache', () => {
  it('answers from memory until this connection or another process writes', async () => {
    const path = join(tmp(), 'a.db');
    const db = await openLedger(path);
    let computed = 0;
    const read = () =>
      cachedRead(db, 'n', () => {
        computed++;
        return (db.prepare('SELECT count(*) AS n FROM settings').get() as { n: number }).n;
      });
    expect(read()).toBe(0);
    expect(read()).toBe(0);
    expect(computed).toBe(1);
    db.prepare(`INSERT INTO settings (key, value_json) VALUES ('a', '1')`).run();
    expect(read()).toBe(1);
    expect(computed).toBe(2);
    const other = new Database(path);
    other.prepare(`INSERT INTO settings (key, value_json) VALUES ('b', '1')`).run();
    other.close();
    expect(read()).toBe(2);
    expect(computed).toBe(3);
    db.close();
  });
});
