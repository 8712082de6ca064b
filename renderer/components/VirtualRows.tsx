import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

interface Props {
  count: number;
  rowKey: (index: number) => string | number;
  renderRow: (index: number) => ReactNode;
  /** The height of a closed row; expanded rows are measured. */
  estimate: number;
  testId?: string;
  /** Lists up to this many rows render plainly; longer ones render only what is on screen. */
  threshold?: number;
}

function Plain({ count, rowKey, renderRow, testId }: Props) {
  return (
    <div className="list-scroll" data-testid={testId} data-virtual="false">
      {Array.from({ length: count }, (_, i) => (
        <div key={rowKey(i)} className="vrow">
          {renderRow(i)}
        </div>
      ))}
    </div>
  );
}

function Virtual({ count, rowKey, renderRow, estimate, testId }: Props) {
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimate,
    overscan: 8,
    getItemKey: rowKey,
  });
  return (
    <div ref={parentRef} className="list-scroll" data-testid={testId} data-virtual="true">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="vrow"
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}

/** A scrolling list body: plain for short lists, virtualised beyond the threshold. */
export function VirtualRows(props: Props) {
  return props.count > (props.threshold ?? 200) ? <Virtual {...props} /> : <Plain {...props} />;
}
