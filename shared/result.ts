// Answers cross every boundary as data, so a failure is never a lost exception.
export interface ErrorInfo {
  code: string;
  message: string;
  details?: unknown;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ErrorInfo): Result<never> => ({ ok: false, error });
