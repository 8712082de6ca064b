// Import bookkeeping: the mapping remembered per file layout, and before-images of every row an
// import changed so the import can be undone exactly. Rows an import *created* are found by their
// source_import_id (invoices and payments already have it; customers get it here), so a
// 100,000-row first import writes no change rows at all.
export const migration004 = `
ALTER TABLE customers ADD COLUMN source_import_id INTEGER REFERENCES imports(id);
CREATE INDEX customers_source_import ON customers(source_import_id);
CREATE INDEX invoices_source_import ON invoices(source_import_id);
CREATE INDEX payments_source_import ON payments(source_import_id);
CREATE INDEX payments_invoice ON payments(invoice_id);

ALTER TABLE imports ADD COLUMN layout_key TEXT;

CREATE TABLE import_layouts (
  layout_key TEXT PRIMARY KEY,
  mapping_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE import_changes (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  entity TEXT NOT NULL CHECK (entity IN ('customer', 'invoice', 'message')),
  entity_id INTEGER NOT NULL,
  before_json TEXT NOT NULL
);
CREATE INDEX import_changes_import ON import_changes(import_id);
`;
