import { type RefObject, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether an element's content box is narrower than `width` CSS pixels, kept up to date as it
 * resizes. The element's width must not depend on what it holds (a positioned card, a block),
 * or switching what it holds could switch it back.
 */
export function useNarrowerThan(ref: RefObject<HTMLElement | null>, width: number): boolean {
  const [narrower, setNarrower] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The observer reports the element's size once on its own, after layout and before paint;
    // rendering then, not in a later task, keeps the first frame from showing the wrong view.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) flushSync(() => setNarrower(entry.contentRect.width < width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, width]);
  return narrower;
}
