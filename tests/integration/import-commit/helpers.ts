// Set-up for import commit tests: a Core on a fresh ledger file per test, fixture ledgers written
// as real .xlsx files, and small readers of the ledger's tables.
import type { Core } from '../../../electron/core/core';
import { must, openTestCore } from '../../support/core';
import { tempDirsPerTest } from '../../support/temp';
import { type CellInput, setupImportFixtures, workbookBytes, writeFixture } from '../import/helpers';

export const HEADER = ['客户编码', '客户名称', '手机', '单据编号', '开票日期', '到期日', '金额', '已收金额'];
export const SAMPLES = new URL('../../../resources/samples/', import.meta.url);
export const sample = (name: string) => new URL(name, SAMPLES).pathname;

export function importTestKit() {
  const fx = setupImportFixtures();
  const tmp = tempDirsPerTest();
  let n = 0;
  return {
    core: () => openTestCore(tmp()),
    /** An .xlsx with the standard header and these rows, under a fresh name. */
    xlsx(rows: CellInput[][], header: CellInput[] = HEADER): string {
      n++;
      return writeFixture(fx.dir(), `ledger-${n}.xlsx`, workbookBytes({ 应收账款: [header, ...rows] }));
    },
  };
}

export async function importFile(core: Core, path: string) {
  const preview = await must(core, 'import.preview', { path });
  return must(core, 'import.commit', { token: preview.token });
}

export const countRows = (core: Core, table: string) =>
  (core.database.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Every row of the ledger's data tables (what undo must restore exactly). */
export function snapshot(core: Core) {
  const all = (t: string) => core.database.prepare(`SELECT * FROM ${t} ORDER BY id`).all();
  return { customers: all('customers'), invoices: all('invoices'), payments: all('payments'), messages: all('messages') };
}

export function insertMessage(core: Core, customerId: number, state: 'planned' | 'queued' = 'queued', stage = 'reminder1'): number {
  const at = core.clock.now().toISOString();
  return Number(
    core.database
      .prepare(
        `INSERT INTO messages (customer_id, plan_date, stage, to_number, text, parts, encoding, state, created_at, updated_at)
         VALUES (?, '2026-11-30', ?, '+8613800138000', '您好', 1, 'UCS-2', ?, ?, ?)`,
      )
      .run(customerId, stage, state, at, at).lastInsertRowid,
  );
}

export const customerId = (core: Core, code: string) =>
  (core.database.prepare('SELECT id FROM customers WHERE code = ?').get(code) as { id: number }).id;
