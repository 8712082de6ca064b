// Caps that keep a hostile or accidental monster file from taking the machine down. A real
// receivables ledger is far below every one of them.
export const LIMITS = {
  /** Bytes on disk. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Sum of the uncompressed sizes a zip (xlsx/ods) declares: stops zip bombs before inflating. */
  maxUnzippedBytes: 400 * 1024 * 1024,
  /** Rows per sheet. */
  maxRows: 200_000,
  /** Columns holding data. */
  maxColumns: 200,
  /** Excel's own limit for one cell; longer text (possible in CSV) is cut to it. */
  maxCellChars: 32_767,
  /** Heap for the parse worker; running out terminates only the worker. */
  workerHeapMb: 2048,
  defaultTimeoutMs: 60_000,
} as const;
