// The ParsedLedger's rows in a compact form for the trip from the parse worker to the main thread.
// Structured-cloning 100,000 row objects (each with its customer, invoice and original cells)
// costs more than building them did. Instead all the rows' strings go as one JSON text (a field
// that equals its own cell, as most do, is not repeated), and the rest as numbers in typed arrays
// that are transferred rather than copied. unpackLedger rebuilds rows equal to the originals,
// with the same keys in the same order.
import type { NormalisedRow, ParsedLedger } from './types';

export interface PackedLedger {
  /** The ParsedLedger without its rows (rejected/skipped/warnings are few and travel as they are). */
  rest: Omit<ParsedLedger, 'rows'>;
  /**
   * The rows' strings in order (each row's cells, then those of its fields that are not a cell),
   * as one JSON array: one long string clones in milliseconds, a million short ones do not.
   */
  strings: string;
  /** Per row: cell count, then per STRING_FIELDS entry: −1 null, −2 the next string, j ≥ 0 cells[j]. */
  refs: Int32Array<ArrayBuffer>;
  /** Per row: row number, amountCents, paidCents, balanceCents. */
  nums: Float64Array<ArrayBuffer>;
  count: number;
}

const NULL = -1;
const NEXT = -2;
const STRING_FIELDS = 10;
const NUMS = 4;

/** The column a field's value most often equals (cells are trimmed text; fields are cleaned). */
function fieldColumns(m: ParsedLedger['mapping']): number[] {
  const col = (i: number | undefined) => (i === undefined ? NULL : i);
  // code, name, nameKey, phoneRaw, mobile, unreachableReason, contact, reference, issueDate, dueDate
  return [col(m.customerCode), col(m.name), col(m.name), col(m.mobile), col(m.mobile), NULL, col(m.contact), col(m.reference), col(m.issueDate), col(m.dueDate)];
}

export function packLedger(ledger: ParsedLedger): PackedLedger {
  const { rows, ...rest } = ledger;
  const columns = fieldColumns(ledger.mapping);
  const strings: string[] = [];
  const refs = new Int32Array(rows.length * (1 + STRING_FIELDS));
  const nums = new Float64Array(rows.length * NUMS);
  let p = 0;
  let n = 0;
  for (const r of rows) {
    const cells = r.cells;
    refs[p++] = cells.length;
    for (const c of cells) strings.push(c);
    const c = r.customer;
    const i = r.invoice;
    const fields = [c.code, c.name, c.nameKey, c.phoneRaw, c.mobile, c.unreachableReason, c.contact, i.reference, i.issueDate, i.dueDate];
    for (let f = 0; f < STRING_FIELDS; f++) {
      const v = fields[f] as string | null;
      const j = columns[f] as number;
      if (v === null) refs[p++] = NULL;
      else if (j !== NULL && cells[j] === v) refs[p++] = j;
      else {
        refs[p++] = NEXT;
        strings.push(v);
      }
    }
    nums[n++] = r.row;
    nums[n++] = i.amountCents;
    nums[n++] = i.paidCents;
    nums[n++] = i.balanceCents;
  }
  return { rest, strings: JSON.stringify(strings), refs, nums, count: rows.length };
}

export function unpackLedger(packed: PackedLedger): ParsedLedger {
  const { refs, nums, count } = packed;
  const strings = JSON.parse(packed.strings) as string[];
  const rows: NormalisedRow[] = new Array(count);
  let p = 0;
  let n = 0;
  let s = 0;
  let cells: string[] = [];
  const str = (): string | null => {
    const k = refs[p++] as number;
    return k === NULL ? null : k === NEXT ? (strings[s++] as string) : (cells[k] as string);
  };
  for (let k = 0; k < count; k++) {
    const width = refs[p++] as number;
    cells = strings.slice(s, s + width);
    s += width;
    const code = str();
    const name = str() as string;
    const nameKey = str() as string;
    const phoneRaw = str();
    const mobile = str();
    const unreachableReason = str() as NormalisedRow['customer']['unreachableReason'];
    const contact = str();
    const reference = str();
    const issueDate = str();
    const dueDate = str() as string;
    const row = nums[n++] as number;
    const amountCents = nums[n++] as number;
    const paidCents = nums[n++] as number;
    const balanceCents = nums[n++] as number;
    rows[k] = {
      row,
      customer: { code, name, nameKey, phoneRaw, mobile, unreachableReason, contact },
      invoice: { reference, issueDate, dueDate, amountCents, paidCents, balanceCents },
      cells,
    };
  }
  const { rest } = packed;
  // The ParsedLedger's own key order, with rows where buildLedger puts them.
  return {
    file: rest.file,
    format: rest.format,
    encoding: rest.encoding,
    fileHash: rest.fileHash,
    sheets: rest.sheets,
    sheet: rest.sheet,
    headerRow: rest.headerRow,
    headers: rest.headers,
    mapping: rest.mapping,
    mappingSource: rest.mappingSource,
    missingFields: rest.missingFields,
    layoutKey: rest.layoutKey,
    rowsRead: rest.rowsRead,
    rows,
    rejected: rest.rejected,
    skipped: rest.skipped,
    warnings: rest.warnings,
  };
}
