import './status-badge.css';

export type BadgeTone = 'ok' | 'warn' | 'danger' | 'neutral';

/** A status word with a colour that says whether it needs attention; the word carries the meaning, the colour only helps. */
export function StatusBadge({ tone = 'neutral', children }: { tone?: BadgeTone; children: string }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
