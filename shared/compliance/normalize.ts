import { TRAD_TO_SIMP } from './variants';

/**
 * A normalised view of a text plus, for every view character, the span [start, end) of the
 * original text it came from — so a match in the view maps back to exact UTF-16 offsets.
 */
export interface View {
  text: string;
  starts: number[];
  ends: number[];
}

export interface Views {
  /** Folded but nothing removed: for numbers, facts and symbols. */
  light: View;
  /** Chinese matching: every space, punctuation mark and symbol removed (起 诉 → 起诉). */
  zh: View;
  /** English matching: runs of spaces/punctuation/symbols collapsed to one space. */
  en: View;
}

/** Marks a masked range (e.g. a placeholder): a hard boundary that nothing can match across. */
export const MASK = '\u0001';

const SEPARATOR = /[\s\p{P}\p{S}\p{Cf}]/u;

function fold(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  let c = char;
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
  else if (code === 0x3000) c = ' ';
  c = TRAD_TO_SIMP.get(c) ?? c;
  return c.toLowerCase();
}

const emptyView = (): View => ({ text: '', starts: [], ends: [] });

function push(view: View, text: string, start: number, end: number): void {
  for (const ch of text) {
    view.text += ch;
    for (let k = 0; k < ch.length; k++) {
      view.starts.push(start);
      view.ends.push(end);
    }
  }
}

/** Builds the three views in one pass. `masks` are [start, end) ranges, sorted, not overlapping. */
export function normalize(text: string, masks: readonly { start: number; end: number }[] = []): Views {
  const light = emptyView();
  const zh = emptyView();
  const en = emptyView();
  let m = 0;
  let i = 0;
  while (i < text.length) {
    const mask = masks[m];
    if (mask && i >= mask.start) {
      for (const v of [light, zh, en]) push(v, MASK, mask.start, mask.end);
      i = Math.max(mask.end, i + 1);
      m++;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const raw = String.fromCodePoint(cp);
    const end = i + raw.length;
    const folded = fold(raw);
    push(light, folded, i, end);
    if (SEPARATOR.test(folded)) {
      if (!en.text.endsWith(' ')) push(en, ' ', i, end);
    } else {
      push(zh, folded, i, end);
      push(en, folded, i, end);
    }
    i = end;
  }
  return { light, zh, en };
}

/** Original [start, end) of view characters [from, to). */
export function spanOf(view: View, from: number, to: number): { start: number; end: number } {
  const last = Math.max(from, to - 1);
  return { start: view.starts[from] ?? 0, end: view.ends[last] ?? 0 };
}
