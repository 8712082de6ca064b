import type { ReactNode } from 'react';
import type { WireHint } from '../../shared/contract/templates';

/** The message text with each hint's span marked; overlapping spans keep the first one. */
export function HintedText({ text, hints }: { text: string; hints: WireHint[] }) {
  const spans = [...hints].filter((h) => h.end > h.start && h.start >= 0 && h.end <= text.length).sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const h of spans) {
    if (h.start < at) continue;
    if (h.start > at) out.push(text.slice(at, h.start));
    out.push(
      <mark key={`${h.rule}-${h.start}`} className={`hint-mark ${h.severity}`} title={h.message}>
        {text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <p className="sms-text" data-testid="message-text">{out}</p>;
}
