import { type RefObject, useLayoutEffect, useState } from 'react';

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
    const measure = () => {
      const style = getComputedStyle(element);
      const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
      setNarrower(element.clientWidth - padding < width);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, width]);
  return narrower;
}
