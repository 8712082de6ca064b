import { translateError, type Lang } from './i18n/errors';

/** An expected failure with a stable code; its message is translated where it leaves a host. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
  }

  translated(lang: Lang): string {
    return translateError(this.code, lang, this.params);
  }
}
