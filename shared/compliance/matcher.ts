import { makeHint } from './hint';
import type { View, Views } from './normalize';
import type { Pack } from './pack';
import { EN_FAMILIES } from './phrases/en';
import type { PhraseFamily } from './phrases/family';
import { ZH_FAMILIES } from './phrases/zh';
import type { Hint } from './types';
import { spanOf } from './normalize';

interface Compiled {
  family: PhraseFamily;
  regex: RegExp;
  before: RegExp | null;
}

// Compiled once at load: checkTemplate runs on every keystroke.
function compile(family: PhraseFamily): Compiled {
  const alternatives = [...family.patterns].sort((a, b) => b.length - a.length).join('|');
  const source = family.view === 'en' ? `(?<![a-z0-9])(?:${alternatives})(?![a-z0-9])` : `(?:${alternatives})`;
  return { family, regex: new RegExp(source, 'gu'), before: family.before ? new RegExp(family.before.pattern, 'u') : null };
}

const COMPILED: Compiled[] = [...ZH_FAMILIES, ...EN_FAMILIES].map(compile);

interface Found {
  family: string;
  start: number;
  end: number;
  hint: Hint;
}

function scan(c: Compiled, view: View, original: string, rule: string, out: Found[]): void {
  c.regex.lastIndex = 0;
  for (let m = c.regex.exec(view.text); m; m = c.regex.exec(view.text)) {
    if (m[0].length === 0) {
      c.regex.lastIndex++;
      continue;
    }
    const { start, end } = spanOf(view, m.index, m.index + m[0].length);
    const phrase = original.slice(start, end);
    let severity: Hint['severity'] | undefined;
    let key = c.family.messageKey;
    const context = view.text.slice(Math.max(0, m.index - 8), m.index);
    if (c.before?.test(context)) {
      const action = c.family.before?.action;
      if (action === 'skip' || !action) continue;
      severity = action.severity;
      key = action.messageKey;
    }
    out.push({ family: c.family.id, start, end, hint: makeHint(rule, key, start, end, { phrase }, severity) });
  }
}

/** Every phrase-family hit for the pack, with exact spans into the original text. */
export function matchPhrases(original: string, views: Views, pack: Pack): Hint[] {
  const found: Found[] = [];
  for (const c of COMPILED) {
    const rule = c.family.rules[pack];
    if (!rule) continue;
    scan(c, c.family.view === 'zh' ? views.zh : views.en, original, rule, found);
  }
  // A short hit inside a longer one of another family ("起诉" inside "起诉你全家") is the same words.
  const kept = found.filter(
    (f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
  return kept.map((f) => f.hint);
}
