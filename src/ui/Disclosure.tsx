/** A button that unfolds a titled section in place (the legend's Export and Embed tools). */
import { type ReactNode, useId, useState } from 'react';

interface DisclosureProps {
  label: string;
  title: string;
  className: string;
  children: ReactNode;
}

export function Disclosure({ label, title, className, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <div className={`tool ${className}`}>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <section className="tool-body" aria-labelledby={titleId}>
          <h2 id={titleId}>{title}</h2>
          {children}
        </section>
      )}
    </div>
  );
}
