import type React from 'react';
import { useState } from 'react';

/**
 * A section whose heading is a button that shows or hides its body (the disclosure pattern: aria-expanded on the
 * button, the body hidden when closed). The section stays a region named by its heading either way. It opens as
 * `initiallyOpen` says and then keeps the learner's choice while the page is shown.
 */
export function CollapsibleSection({
  id,
  title,
  initiallyOpen,
  children,
}: {
  id: string;
  title: string;
  initiallyOpen: boolean;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <section aria-labelledby={`${id}-title`} className="collapsible">
      <h2 id={`${id}-title`} className="collapsible-heading">
        <button
          type="button"
          className="collapsible-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span className="collapsible-mark" aria-hidden="true" />
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} className="collapsible-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
