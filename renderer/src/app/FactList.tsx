import type React from 'react';

/** A label and its value, for a list of facts. */
export type Fact = readonly [label: string, value: React.ReactNode];

/** Facts as a description list ("Hours claimed: 0.25"), in the app's `.facts` layout. */
export function FactList({ facts, className = 'facts' }: { facts: readonly Fact[]; className?: string }) {
  return (
    <dl className={className}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
