import type React from 'react';

/** A label and its value, for a list of facts. */
export type Fact = readonly [label: string, value: React.ReactNode];

/**
 * Facts as a description list ("Hours claimed: 0.25"), in the app's `.facts` layout unless `className` names
 * another (null: none, for a list styled by where it stands).
 */
export function FactList({
  facts,
  className = 'facts',
}: {
  facts: readonly Fact[];
  className?: string | null;
}) {
  return (
    <dl className={className ?? undefined}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
