import { isPlaceholderName, type PlaceholderName } from './placeholders';

export type TemplatePart = { type: 'text'; text: string } | { type: 'placeholder'; name: PlaceholderName };

export interface TemplateError {
  code: 'unknown_placeholder' | 'unclosed_placeholder';
  start: number;
  end: number;
  name?: string;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Known placeholders; start/end are UTF-16 offsets of the whole {{…}}, end exclusive. */
  placeholders: { name: PlaceholderName; start: number; end: number }[];
  errors: TemplateError[];
}

/** Splits a template into text and placeholders. Whitespace inside the braces is tolerated. */
export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const placeholders: ParsedTemplate['placeholders'] = [];
  const errors: TemplateError[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    const reopen = text.indexOf('{{', open + 2);
    // An opening with no closing before the next opening (or a line break) is a typo, not text.
    const newline = text.indexOf('\n', open + 2);
    const limit = Math.min(reopen < 0 ? Infinity : reopen, newline < 0 ? Infinity : newline);
    if (close < 0 || close > limit) {
      errors.push({ code: 'unclosed_placeholder', start: open, end: open + 2 });
      literal += text.slice(i, open + 2);
      i = open + 2;
      continue;
    }
    const name = text.slice(open + 2, close).trim();
    const end = close + 2;
    literal += text.slice(i, open);
    if (isPlaceholderName(name)) {
      if (literal) parts.push({ type: 'text', text: literal });
      literal = '';
      parts.push({ type: 'placeholder', name });
      placeholders.push({ name, start: open, end });
    } else {
      errors.push({ code: 'unknown_placeholder', start: open, end, name });
      literal += text.slice(open, end);
    }
    i = end;
  }
  literal += text.slice(i);
  if (literal) parts.push({ type: 'text', text: literal });
  return { parts, placeholders, errors };
}
