import type { Input, MethodName, Output } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { parseDecimalToCents } from '../../../shared/money';
import type { ErrorInfo } from '../../../shared/result';
import type { CommandIo } from './command';

/** A failed contract call, carried to the CLI's one error exit. `input` marks a usage-class error. */
export class CallFailed extends Error {
  constructor(
    readonly info: ErrorInfo,
    readonly input: boolean,
  ) {
    super(info.message);
  }
}

// Errors from validating what the user typed are usage errors (exit 2); the rest are runtime (1).
const isInputError = (e: ErrorInfo): boolean =>
  e.code === 'unknown_method' || (typeof e.details === 'object' && e.details !== null && 'kind' in e.details && e.details.kind === 'input');

export async function call<M extends MethodName>(io: CommandIo, method: M, input: Input<M>): Promise<Output<M>> {
  const res = await io.core.call(method, input, io.lang);
  if (!res.ok) throw new CallFailed(res.error, isInputError(res.error));
  return res.value as Output<M>;
}

export function opt(io: CommandIo, name: string): string | undefined {
  const v = io.opts.get(name);
  if (v === true) throw new AppError('usage', { detail: `--${name} needs a value` });
  return v;
}

export function requireOpt(io: CommandIo, name: string): string {
  const v = opt(io, name);
  if (v === undefined) throw new AppError('usage', { detail: `--${name} is required` });
  return v;
}

export function intOpt(io: CommandIo, name: string): number | undefined {
  const v = opt(io, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new AppError('usage', { detail: `--${name} must be a whole number` });
  return Number(v);
}

/** Money typed by a person: "1234.50" (yuan/dollars) → cents. */
export function moneyOpt(io: CommandIo, name: string): number | undefined {
  const v = opt(io, name);
  if (v === undefined) return undefined;
  const cents = parseDecimalToCents(v.replace(/,/g, ''));
  if (cents === null) throw new AppError('invalid_money', { value: v });
  return cents;
}

/** A plain text table for people; CJK characters take two columns. */
export function table(rows: string[][]): string[] {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c]! - width(cell)))).join('  ').trimEnd());
}
