import type { Db } from '../ledger/db';

export interface AutopilotRun {
  runDate: string;
  startedAt: string;
  finishedAt: string | null;
  planned: number;
  approved: number;
  excluded: number;
  error: string | null;
}

interface Raw {
  run_date: string;
  started_at: string;
  finished_at: string | null;
  planned: number;
  approved: number;
  excluded: number;
  error: string | null;
}

export function lastAutopilotRun(db: Db): AutopilotRun | null {
  const r = db.prepare('SELECT * FROM autopilot_runs ORDER BY run_date DESC LIMIT 1').get() as Raw | undefined;
  if (!r) return null;
  return { runDate: r.run_date, startedAt: r.started_at, finishedAt: r.finished_at, planned: r.planned, approved: r.approved, excluded: r.excluded, error: r.error };
}

/** Claims the day; false when another process (or an earlier start) already ran it. */
export function claimAutopilotDay(db: Db, runDate: string, nowIso: string): boolean {
  return db.prepare('INSERT OR IGNORE INTO autopilot_runs (run_date, started_at) VALUES (?, ?)').run(runDate, nowIso).changes === 1;
}

export function finishAutopilotDay(
  db: Db,
  runDate: string,
  nowIso: string,
  r: { planned: number; approved: number; excluded: number; error: string | null },
): void {
  db.prepare('UPDATE autopilot_runs SET finished_at = ?, planned = ?, approved = ?, excluded = ?, error = ? WHERE run_date = ?').run(
    nowIso,
    r.planned,
    r.approved,
    r.excluded,
    r.error,
    runDate,
  );
}
