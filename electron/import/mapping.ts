// Column mapping: which column holds which field. Auto-detected from header text; a corrected
// mapping can be remembered per file layout via `layoutKey`.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { headerRank, normaliseHeader } from './headers';
import { FIELDS, type Field, type Mapping } from './types';

// Fields claim columns in this order, so a "金额" column goes to amount before anything else.
const CLAIM_ORDER: readonly Field[] = [
  'customerCode', 'name', 'contact', 'reference', 'dueDate', 'issueDate', 'balance', 'paid', 'amount', 'mobile',
];

export function autoMap(headers: readonly string[]): Mapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: Mapping = {};
  for (const field of CLAIM_ORDER) {
    let best = -1;
    let bestRank = Number.POSITIVE_INFINITY;
    normalised.forEach((h, col) => {
      const rank = taken.has(col) ? -1 : headerRank(field, h);
      if (rank >= 0 && rank < bestRank) {
        best = col;
        bestRank = rank;
      }
    });
    if (best >= 0) {
      mapping[field] = best;
      taken.add(best);
    }
  }
  return mapping;
}

/** How many fields a row of header candidates maps: the header-row and sheet score. */
export function mappingScore(mapping: Mapping): number {
  return Object.keys(mapping).length;
}

/** Required fields the mapping lacks: a name, a due date and an amount or a balance. */
export function missingFields(mapping: Mapping): Field[] {
  const missing: Field[] = [];
  if (mapping.name === undefined) missing.push('name');
  if (mapping.dueDate === undefined) missing.push('dueDate');
  if (mapping.amount === undefined && mapping.balance === undefined) missing.push('amount');
  return missing;
}

/** A stable key for "this file layout": the normalised header texts, hashed. */
export function layoutKey(headers: readonly string[]): string {
  const norm = headers.map(normaliseHeader);
  while (norm.length > 0 && norm[norm.length - 1] === '') norm.pop();
  return `v1:${createHash('sha256').update(JSON.stringify(norm)).digest('hex').slice(0, 24)}`;
}

/** Checks a caller-supplied mapping (it may come from a saved layout or the UI). */
export function validateMapping(input: unknown, columnCount: number): Mapping {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('import_bad_mapping', { detail: 'not an object' });
  }
  const mapping: Mapping = {};
  const used = new Set<number>();
  for (const [key, value] of Object.entries(input)) {
    const field = FIELDS.find((f) => f === key);
    if (!field) throw new AppError('import_bad_mapping', { detail: `unknown field ${key}` });
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= columnCount) {
      throw new AppError('import_bad_mapping', { detail: `${field} → column ${String(value)}` });
    }
    if (used.has(value)) throw new AppError('import_bad_mapping', { detail: `column ${value + 1} used twice` });
    used.add(value);
    mapping[field] = value;
  }
  return mapping;
}
