import { z } from 'zod';
import { contract, isMethodName, type MethodName, type Output, type ParsedInput } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { isKnownErrorCode, translateError, type Lang } from '../../shared/i18n/errors';
import type { Result } from '../../shared/result';
import type { Ctx } from './context';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: Ctx) => Output<M> | Promise<Output<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerPart = Partial<Handlers>;

/** Merges the domains' handlers; a method handled twice, or not at all, is a programming error. */
export function buildHandlers(...parts: HandlerPart[]): Handlers {
  const merged: Partial<Record<MethodName, unknown>> = {};
  for (const part of parts) {
    for (const name of Object.keys(part) as MethodName[]) {
      if (merged[name]) throw new Error(`method handled twice: ${name}`);
      merged[name] = part[name];
    }
  }
  const missing = (Object.keys(contract) as MethodName[]).filter((m) => !merged[m]);
  if (missing.length) throw new Error(`contract methods without a handler: ${missing.join(', ')}`);
  return merged as Handlers;
}

function describeZodError(err: z.ZodError, lang: Lang): string {
  return err.issues
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      const text = isKnownErrorCode(issue.message) ? translateError(issue.message, lang) : issue.message;
      return `${where}${text}`;
    })
    .join('; ');
}

export function errorToResult(err: unknown, lang: Lang): Result<never> {
  if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.translated(lang) } };
  if (err instanceof z.ZodError) {
    // A single issue whose message is one of our codes keeps that code (e.g. negative_amount).
    const only = err.issues.length === 1 ? err.issues[0] : undefined;
    const code = only && isKnownErrorCode(only.message) ? only.message : 'invalid_input';
    return {
      ok: false,
      error: {
        code,
        message: translateError('invalid_input', lang, { detail: describeZodError(err, lang) }),
        details: { kind: 'input' },
      },
    };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { code: 'internal', message: translateError('internal', lang, { detail }) } };
}

// Outputs are our own data: re-parsing them is a check for bugs, done in development and tests
// (DUEBELL_CHECK_OUTPUT=1, set by the test setup), not on every call in production, where a
// 20,000-row customer list costs 100–300 ms to re-validate. Inputs are always validated.
const CHECK_OUTPUTS = process.env.DUEBELL_CHECK_OUTPUT === '1';

/** The one way into the core: validate the input, run the handler, (in tests) validate the output. */
export async function invoke(handlers: Handlers, method: string, rawInput: unknown, ctx: Ctx): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: translateError('unknown_method', ctx.lang, { method }) } };
  }
  try {
    const spec = contract[method];
    const input = spec.input.parse(rawInput ?? {});
    const handler = handlers[method] as (i: unknown, c: Ctx) => unknown;
    const output = await handler(input, ctx);
    // Checked, but the handler's own value is returned, so tests and production answer alike.
    if (CHECK_OUTPUTS) {
      const checked = spec.output.safeParse(output);
      // Our bug, not the caller's input: reported as internal, never as invalid_input.
      if (!checked.success) throw new Error(`${method} answered outside its schema: ${checked.error.message}`);
    }
    return { ok: true, value: output };
  } catch (err) {
    return errorToResult(err, ctx.lang);
  }
}
