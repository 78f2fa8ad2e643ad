import type { ButtonHTMLAttributes } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger';
  /** While true the button is disabled and announced as busy: a double click sends once. */
  busy?: boolean;
}

export function Button({ variant = 'secondary', busy = false, disabled, className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={`button button-${variant} ${className ?? ''}`} disabled={disabled || busy} aria-busy={busy || undefined} {...rest} />;
}
