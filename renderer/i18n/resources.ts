import { en } from './en';
import { FEATURES, type Tree } from './features';
import { zhCN } from './zh-CN';

function merge(base: Tree, lang: 'zh-CN' | 'en'): Tree {
  const out: Tree = { ...base };
  for (const f of FEATURES) {
    for (const [k, v] of Object.entries(f[lang])) {
      if (k in out) throw new Error(`translation key defined twice: ${k}`);
      out[k] = v;
    }
  }
  return out;
}

/** All UI strings: the shell's plus every feature's. */
export const RESOURCES: Record<'zh-CN' | 'en', Tree> = {
  'zh-CN': merge(zhCN as unknown as Tree, 'zh-CN'),
  en: merge(en as unknown as Tree, 'en'),
};
