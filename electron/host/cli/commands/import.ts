import type { Command } from '../command';
import { call, opt } from '../support';

// cli.md: `import FILE [--sheet NAME] [--dry-run]`. Exit 0 once the file was read (rejected rows
// are reported, not fatal); an unreadable file fails the preview call → exit 1.
export const importCommand: Command = {
  path: ['import'],
  summary: { 'zh-CN': '导入 Excel/CSV 应收账本（--dry-run 只预览不写入）', en: 'Import an Excel/CSV receivables ledger (--dry-run previews only)' },
  usage: 'import FILE [--sheet NAME] [--dry-run]',
  valueOptions: ['sheet'],
  args: { min: 1, max: 1 },
  async run(io) {
    const sheet = opt(io, 'sheet');
    const preview = await call(io, 'import.preview', { path: io.args[0]!, ...(sheet !== undefined ? { sheet } : {}) });
    const dryRun = io.opts.get('dry-run') === true;
    const done = dryRun ? null : await call(io, 'import.commit', { token: preview.token });
    const rows = done?.rows ?? preview.rows;
    const json = {
      importId: done?.importId ?? null,
      file: preview.file,
      sheet: preview.sheet,
      rows,
      rejected: done?.rejected ?? preview.rejected,
      skipped: (done?.skipped ?? preview.skipped).map((s) => ({ row: s.row, reason: s.reason, message: s.message })),
      payments: done?.payments ?? preview.payments,
      dryRun,
    };
    const en = io.lang === 'en';
    const head = dryRun ? (en ? 'Preview (nothing written)' : '预览（未写入）') : en ? `Import #${done?.importId}` : `导入 #${done?.importId}`;
    io.print(
      en
        ? `${head}: ${rows.read} rows read, ${rows.created} new, ${rows.updated} updated, ${rows.unchanged} unchanged, ${rows.skipped} skipped, ${rows.rejected} rejected`
        : `${head}：读取 ${rows.read} 行，新增 ${rows.created}，更新 ${rows.updated}，未变 ${rows.unchanged}，跳过 ${rows.skipped}，拒绝 ${rows.rejected}`,
    );
    for (const r of json.rejected) io.print(`  ${en ? 'row' : '第'} ${r.row}${en ? '' : ' 行'}: ${r.message}`);
    return { json };
  },
};
