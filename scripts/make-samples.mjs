// Generates the sample ledgers in resources/samples/ (committed; re-run after changing this).
//   node scripts/make-samples.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';

const out = new URL('../resources/samples/', import.meta.url);
mkdirSync(out, { recursive: true });

/** ISO date → Excel serial (1900 system), so date cells are real dates in every time zone. */
const serial = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;
const dateCell = (iso) => ({ t: 'n', v: serial(iso), z: 'yyyy-mm-dd' });

// [code, name, contact, phone, reference, issue, due, amount, paid]
const CUSTOMERS = [
  ['C001', '杭州明远贸易有限公司', '王经理', '+86 138 0013 8000', 'XS-2026-0101', '2026-09-01', '2026-10-01', 12800, 0],
  ['C002', '宁波恒达五金店', '李娟', '139-1234-5678', 'XS-2026-0102', '2026-09-03', '2026-10-03', 3500, 1000],
  ['C003', '绍兴佳禾食品厂', '陈伟', '(+86)137 1234 5678', 'XS-2026-0103', '2026-09-05', '2026-10-20', 8620.5, 8620.5],
  ['C004', '温州宏泰建材', '周敏', '0577-8888 1234', 'XS-2026-0104', '2026-09-10', '2026-10-10', 4999.9, 0],
  ['C005', '嘉兴新源科技', '吴强', '86 15800001111', 'XS-2026-0105', '2026-09-12', '2026-11-12', 21000, 5000],
  ['C006', '湖州绿野茶行', '郑芳', '18612345678', 'XS-2026-0106', '2026-09-15', '2026-10-15', 1560, 0],
  ['C007', '金华远航物流', '孙磊', '+86-177-0000-2222', 'XS-2026-0107', '2026-09-18', '2026-10-18', 6700, 2700],
  ['C008', '台州海天渔具', '钱丽', '13912340000', 'XS-2026-0108', '2026-09-20', '2026-10-30', 2300, 0],
  ['C009', '丽水山水民宿', '冯涛', '', 'XS-2026-0109', '2026-09-22', '2026-10-22', 980, 0],
  ['C010', '舟山东海水产', '褚静', '15067891234', 'XS-2026-0110', '2026-09-25', '2026-10-25', 15400, 15400],
  ['C011', '衢州南孔文具', '卫东', '13600001111', 'XS-2026-0111', '2026-09-28', '2026-11-28', 760, 0],
  ['C001', '杭州明远贸易有限公司', '王经理', '+86 138 0013 8000', 'XS-2026-0112', '2026-10-02', '2026-11-02', 5600, 0],
  ['C012', '义乌小商品批发部', '蒋红', '13588886666', 'XS-2026-0113', '2026-10-05', '2026-11-05', 3320, 320],
  ['C013', '上虞百货商店', '沈洋', '057582345678', 'XS-2026-0114', '2026-10-08', '2026-11-08', 1200, 0],
  ['C014', '德清森林家具', '韩雪', '18900002222', 'XS-2026-0115', '2026-10-10', '2026-11-10', 9800, 4800],
];

function writeBook(rows, name, bookType, sheetName, merges = []) {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  if (merges.length > 0) ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明'], ['本表由财务软件导出']]), '说明');
  writeFileSync(new URL(name, out), XLSX.write(wb, { type: 'buffer', bookType, compression: true }));
}

// 1. "Accounting software" export: title, blank row, Chinese header, data, totals row.
const zhHeader = ['客户编码', '客户名称', '联系人', '手机号码', '单据编号', '单据日期', '到期日', '应收金额(元)', '已收金额', '未收金额'];
const zhRows = CUSTOMERS.map(([code, name, contact, phone, ref, issue, due, amount, paid]) => [
  code, name, contact, phone, ref, dateCell(issue), dateCell(due), amount, paid, Math.round((amount - paid) * 100) / 100,
]);
const sum = (i) => Math.round(CUSTOMERS.reduce((s, c) => s + c[i] * 100, 0)) / 100;
const totals = ['合计', '', '', '', '', '', '', sum(7), sum(8), Math.round((sum(7) - sum(8)) * 100) / 100];
writeBook(
  [['应收账款明细表（截至 2026-11-30）'], [], zhHeader, ...zhRows, totals],
  'ledger-accounting.xlsx',
  'xlsx',
  '应收账款',
  [{ s: { r: 0, c: 0 }, e: { r: 0, c: 9 } }],
);

// 2. GBK CSV as Chinese Excel saves it: text dates and amounts with a full-width ￥ (GBK has no ¥).
const csvLines = [['客户名称', '手机', '发票号', '开票日期', '到期日期', '金额', '已收款'].join(',')];
for (const [, name, , phone, ref, issue, due, amount, paid] of CUSTOMERS.slice(0, 8)) {
  const slash = (iso) => iso.replace(/-0?/g, '/');
  csvLines.push([name, phone, ref, slash(issue), slash(due), `"￥${amount.toLocaleString('en-US')}"`, String(paid)].join(','));
}
writeFileSync(new URL('ledger-gbk.csv', out), iconv.encode(`${csvLines.join('\r\n')}\r\n`, 'gbk'));

// 3. English export.
const enRows = [
  ['Customer code', 'Customer name', 'Mobile', 'Invoice No.', 'Invoice date', 'Due date', 'Amount', 'Paid', 'Open balance'],
  ['A-100', 'Harbour Coffee Ltd', '+44 7700 900123', 'INV-1001', dateCell('2026-09-01'), dateCell('2026-10-01'), 1250, 0, 1250],
  ['A-101', 'Northwind Books', '+1 (415) 555-0132', 'INV-1002', dateCell('2026-09-10'), dateCell('2026-10-10'), 480.75, 80.75, 400],
  ['A-102', 'Kowloon Tailors', '+86 135 0000 1234', 'INV-1003', dateCell('2026-09-20'), dateCell('2026-10-20'), 3300, 3300, 0],
  ['A-103', 'Green Valley Farm', '020 7946 0018', 'INV-1004', dateCell('2026-10-01'), dateCell('2026-11-01'), 915.2, 0, 915.2],
  ['', 'Grand total', '', '', '', '', 5945.95, 3380.75, 2565.2],
];
writeBook(enRows, 'ledger-english.xlsx', 'xlsx', 'Receivables');

// 4. and 5. The same Chinese ledger as OpenDocument and as Excel 97-2003.
const plain = [zhHeader, ...zhRows.slice(0, 6)];
writeBook(plain, 'ledger.ods', 'ods', '应收账款');
writeBook(plain, 'ledger.xls', 'biff8', '应收账款');
console.log('samples written to', out.pathname);
