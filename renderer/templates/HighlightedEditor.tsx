import { forwardRef, useMemo } from 'react';
import type { Severity } from '../../shared/compliance';
import { segments } from './live-check';

interface Props {
  id: string;
  value: string;
  hints: readonly { start: number; end: number; severity: Severity }[];
  onChange: (value: string) => void;
  describedBy?: string;
}

/**
 * A textarea over a mirror of its own text: the mirror draws the underlines (block red wavy, warn
 * amber, info blue dotted) and gives the box its height, so the two always wrap the same way.
 */
export const HighlightedEditor = forwardRef<HTMLTextAreaElement, Props>(function HighlightedEditor({ id, value, hints, onChange, describedBy }, ref) {
  const runs = useMemo(() => segments(value, hints), [value, hints]);
  return (
    <div className="tpl-editor">
      <div className="tpl-mirror" aria-hidden="true" data-testid="tpl-mirror">
        {runs.map((r) =>
          r.severity ? (
            <mark key={r.start} className={`tpl-mark ${r.severity}`} data-start={r.start}>
              {r.text}
            </mark>
          ) : (
            <span key={r.start}>{r.text}</span>
          ),
        )}
        {/* A trailing line break needs a character after it to take up height. */}
        {'\u200b'}
      </div>
      <textarea
        ref={ref}
        id={id}
        className="tpl-input"
        value={value}
        spellCheck={false}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
});
