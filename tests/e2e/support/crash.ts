import Database from 'better-sqlite3';

/**
 * Leaves a message as a crash would: `sending`, with no worker alive to finish it. The next queue
 * run must turn it into `uncertain` for a person to decide (DESIGN.md, message states).
 */
export function leaveInFlight(dbPath: string, customerName: string): void {
  const db = new Database(dbPath);
  try {
    db.prepare(
      `UPDATE messages SET state = 'sending', provider_id = NULL, sent_at = NULL, delivered_at = NULL WHERE id = (SELECT m.id FROM messages m JOIN customers c ON c.id = m.customer_id WHERE c.name = ? LIMIT 1)`,
    ).run(customerName);
  } finally {
    db.close();
  }
}
