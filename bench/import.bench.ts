// 100,000-row .xlsx ledger: the bare SheetJS parse (readFile + sheet_to_json) against our whole
// import (worker parse + normalise, preview plan, one-transaction commit into a fresh ledger), in
// one run, so the overhead is a ratio. Peak RSS is process-wide (the parse worker is a thread of
// this process), read once after our import (the bare parses have run too by then) and at the end.
import * as fs from 'node:fs';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as XLSX from 'xlsx';
import { clockStartingAt } from '../electron/core/clock';
import { Core } from '../electron/core/core';
import { commitImport, previewImport } from '../electron/import/commit';
import { parseLedgerFile, setParseWorkerUrl } from '../electron/import/index';
import { line, peakRssMiB, timed } from './support';

// The ESM build of SheetJS reads and writes files only once it is handed `fs`.
XLSX.set_fs(fs);

const ROWS = Number(process.env.ROWS ?? 100_000);
const CUSTOMERS = Math.max(1, Math.round(ROWS / 5));
const dir = mkdtempSync(join(tmpdir(), 'duebell-import-bench-'));
const file = join(dir, 'ledger-100k.xlsx');

// Inside the project, so the worker's bare imports (xlsx, iconv-lite) resolve from node_modules.
const workerOut = join('dist', 'bench', 'import-worker.mjs');
await build({ entryPoints: ['electron/import/parse-worker.ts'], outfile: workerOut, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
setParseWorkerUrl(pathToFileURL(resolve(workerOut)));

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const TRADES = ['贸易有限公司', '五金建材店', '装饰工程部', '电器商行', '物业管理有限公司', '餐饮店', '印刷厂', '物流有限公司'];
const day = (base: number, offset: number) => new Date(Date.UTC(2026, 0, 1) + (base + offset) * 86_400_000);

function generate(): void {
  const aoa: (string | number | Date)[][] = [['客户编码', '客户名称', '手机号码', '单据编号', '开票日期', '到期日', '应收金额', '已收金额', '未收金额']];
  for (let i = 0; i < ROWS; i++) {
    const c = i % CUSTOMERS;
    const name = `${SURNAMES[c % SURNAMES.length]}${String.fromCharCode(0x4e00 + (c % 2000))}${TRADES[c % TRADES.length]}${c}`;
    const mobile = `1${['38', '39', '58', '86', '37'][c % 5]}${String(10_000_000 + c * 37).slice(-8)}`;
    const amount = 100 + ((i * 7919) % 500_000) / 10;
    const paid = i % 4 === 0 ? amount : i % 4 === 1 ? Math.round(amount * 30) / 100 : 0;
    const issue = (i * 13) % 300;
    aoa.push([`KH${String(c).padStart(6, '0')}`, name, mobile, `XS-2026-${String(i).padStart(6, '0')}`, day(issue, 0), day(issue, 30), amount, paid, Math.round((amount - paid) * 100) / 100]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa, { cellDates: true }), '应收账款');
  XLSX.writeFile(wb, file, { compression: true });
}

const gen = await timed(generate);
line(`generate ${ROWS} rows (.xlsx, ${(statSync(file).size / 2 ** 20).toFixed(1)} MB)`, `${gen.ms.toFixed(0)} ms`);

// The machine is shared and noisy: bare and our parse alternate, and the faster of two runs counts.
const bareParse = () =>
  timed(() => {
    const wb = XLSX.readFile(file, { cellDates: true, dense: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: false }).length;
  });
const bareRuns = [];
const parseRuns = [];
for (let round = 0; round < 2; round++) {
  bareRuns.push(await bareParse());
  parseRuns.push(await timed(() => parseLedgerFile(file)));
}
const bare = bareRuns.reduce((a, b) => (b.ms < a.ms ? b : a));
const parse = parseRuns.reduce((a, b) => (b.ms < a.ms ? b : a));
line('bare xlsx parse (readFile + sheet_to_json)', `${bare.ms.toFixed(0)} ms (${bare.value} rows; runs ${bareRuns.map((r) => r.ms.toFixed(0)).join(', ')})`);
line('our parse (worker: read + detect + normalise)', `${parse.ms.toFixed(0)} ms (${parse.value.rows.length} rows; runs ${parseRuns.map((r) => r.ms.toFixed(0)).join(', ')})`);

const core = await Core.open({ dbPath: join(dir, 'bench.db'), appDataDir: dir, host: 'cli', clock: clockStartingAt(new Date('2026-11-30T10:00:00+08:00')) });
const preview = await timed(() => previewImport(core.database, parse.value, 'zh-CN'));
line('preview (plan against the ledger)', `${preview.ms.toFixed(0)} ms (${preview.value.body.rows.created} to create)`);
const commitOpts = { fileName: 'ledger-100k.xlsx', today: '2026-11-30', nowIso: new Date().toISOString(), currency: 'CNY' };
const commit = await timed(() => commitImport(core.database, parse.value, commitOpts, preview.value.prepared));
line('commit (one transaction, fresh ledger)', `${commit.ms.toFixed(0)} ms (${commit.value.counts.created} created)`);
const total = parse.ms + preview.ms + commit.ms;
line('total import (parse + preview + commit)', `${total.toFixed(0)} ms`);
line('ratio total import / bare parse', `${(total / bare.ms).toFixed(2)}× (target ≤ 1.5×)`);
line('ratio our parse / bare parse', `${(parse.ms / bare.ms).toFixed(2)}×`);
line('peak RSS so far (both parses run twice + commit)', `${peakRssMiB().toFixed(0)} MiB`);

const again = await timed(() => previewImport(core.database, parse.value, 'zh-CN').body);
line('re-import preview of the same rows (all unchanged)', `${again.ms.toFixed(0)} ms (${again.value.rows.unchanged} unchanged)`);
core.close();
line('peak RSS (process incl. the worker thread)', `${peakRssMiB().toFixed(0)} MiB (target < 1024)`);
rmSync(dir, { recursive: true, force: true });
