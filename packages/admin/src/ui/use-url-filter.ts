import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One list filter kept in the URL, so back, forward and reload show the same list.
 * Changing it drops the page cursor (`after`): a cursor belongs to the previous filter's list.
 */
export function useUrlFilter(name: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('after');
        return next;
      }),
    [name, setParams],
  );
  return [params.get(name) ?? '', set];
}
