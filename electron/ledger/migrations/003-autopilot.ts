// The daily autopilot's runs: one row per business day (UNIQUE), so two processes (desktop and
// web host) can never both run it on the same day.
export const migration003 = `
CREATE TABLE autopilot_runs (
  id INTEGER PRIMARY KEY,
  run_date TEXT NOT NULL UNIQUE,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  planned INTEGER NOT NULL DEFAULT 0 CHECK (planned >= 0),
  approved INTEGER NOT NULL DEFAULT 0 CHECK (approved >= 0),
  excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded >= 0),
  error TEXT
);
`;
