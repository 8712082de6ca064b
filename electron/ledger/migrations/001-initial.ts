// The first schema: customers, invoices, payments, imports, templates, messages and their audit
// log, inbound messages, settings and the queue-worker lease. Money is integer cents; states are
// CHECKed so no code path can write a value the app does not know.
export const migration001 = `
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL CHECK (length(name) > 0),
  mobile TEXT CHECK (mobile IS NULL OR mobile GLOB '+[1-9]*'),
  phone_raw TEXT,
  unreachable_reason TEXT CHECK (unreachable_reason IN ('missing', 'landline', 'invalid')),
  role TEXT NOT NULL DEFAULT 'debtor' CHECK (role IN ('debtor', 'guarantor')),
  timezone TEXT,
  locale TEXT,
  opted_out_at TEXT,
  opted_out_via TEXT,
  disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
  paused_until TEXT,
  consent_at TEXT,
  consent_source TEXT,
  contact_hours_start TEXT,
  contact_hours_end TEXT,
  rearmed_at TEXT,
  notes TEXT,
  name_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((mobile IS NULL) = (unreachable_reason IS NOT NULL))
);
CREATE INDEX customers_name_key ON customers(name_key, mobile);

CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_hash TEXT NOT NULL,
  sheet TEXT,
  mapping_json TEXT NOT NULL DEFAULT '{}',
  counts_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  undone_at TEXT
);

CREATE TABLE invoices (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE RESTRICT,
  reference TEXT NOT NULL,
  issue_date TEXT,
  due_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  paid_cents INTEGER NOT NULL DEFAULT 0 CHECK (paid_cents >= 0 AND paid_cents <= amount_cents),
  currency TEXT NOT NULL DEFAULT 'CNY',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'written_off')),
  paid_at TEXT,
  source_import_id INTEGER REFERENCES imports(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (customer_id, reference),
  CHECK (issue_date IS NULL OR due_date >= issue_date)
);
CREATE INDEX invoices_customer ON invoices(customer_id, status, due_date);
-- Covering index: balances per customer are summed from the index alone (the ledger page, the planner).
CREATE INDEX invoices_open_cover ON invoices(status, customer_id, due_date, amount_cents, paid_cents);

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  invoice_id INTEGER REFERENCES invoices(id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  paid_on TEXT NOT NULL,
  method TEXT,
  note TEXT,
  source_import_id INTEGER REFERENCES imports(id),
  created_at TEXT NOT NULL
);
CREATE INDEX payments_customer ON payments(customer_id);

CREATE TABLE templates (
  id INTEGER PRIMARY KEY,
  stage TEXT NOT NULL CHECK (stage IN ('reminder1', 'reminder2', 'final', 'confirmation')),
  language TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  created_at TEXT NOT NULL,
  UNIQUE (stage, language, version)
);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  plan_date TEXT NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('reminder1', 'reminder2', 'final', 'confirmation')),
  to_number TEXT NOT NULL,
  text TEXT NOT NULL,
  parts INTEGER NOT NULL CHECK (parts >= 1),
  encoding TEXT NOT NULL CHECK (encoding IN ('GSM-7', 'UCS-2')),
  template_id INTEGER REFERENCES templates(id),
  template_version INTEGER,
  amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
  invoice_ids_json TEXT NOT NULL DEFAULT '[]',
  state TEXT NOT NULL CHECK (state IN ('planned', 'queued', 'sending', 'sent', 'delivered', 'failed',
    'cancelled', 'expired', 'uncertain')),
  reason TEXT,
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at TEXT,
  connector TEXT,
  provider_id TEXT,
  sent_at TEXT,
  delivered_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (customer_id, plan_date, stage)
);
CREATE INDEX messages_state ON messages(state, next_attempt_at);
CREATE INDEX messages_customer ON messages(customer_id, stage, sent_at);

-- Append-only audit: who, when, to whom, exact text, which connector, what came back.
CREATE TABLE message_events (
  id INTEGER PRIMARY KEY,
  message_id INTEGER NOT NULL REFERENCES messages(id),
  at TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  actor TEXT NOT NULL,
  detail_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX message_events_message ON message_events(message_id);
CREATE TRIGGER message_events_no_update BEFORE UPDATE ON message_events
  BEGIN SELECT RAISE(ABORT, 'message_events is append-only'); END;
CREATE TRIGGER message_events_no_delete BEFORE DELETE ON message_events
  BEGIN SELECT RAISE(ABORT, 'message_events is append-only'); END;

CREATE TABLE inbound_messages (
  id INTEGER PRIMARY KEY,
  from_number TEXT NOT NULL,
  text TEXT NOT NULL,
  received_at TEXT NOT NULL,
  connector TEXT NOT NULL,
  customer_id INTEGER REFERENCES customers(id),
  kind TEXT NOT NULL DEFAULT 'reply' CHECK (kind IN ('reply', 'opt_out', 'help')),
  handled_at TEXT
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL
);

CREATE TABLE queue_lease (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  holder TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
`;
