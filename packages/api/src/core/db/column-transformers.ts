import type { ValueTransformer } from 'typeorm';

/** pg returns numeric columns as strings (to keep precision); these columns hold small decimals. */
export const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
