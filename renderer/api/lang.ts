import type { Lang } from '../../shared/i18n/errors';

// The language the server should answer errors in; the i18n module keeps it in step.
let current: Lang = 'zh-CN';

export const setApiLang = (lang: Lang): void => {
  current = lang;
};
export const apiLang = (): Lang => current;
