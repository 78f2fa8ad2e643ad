import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** How a domain batches one kind of nested read; made at most once per request. */
export type LoaderDefinition<K, V> = (dataSource: DataSource) => DataLoader<K, V>;

/**
 * The DataLoaders of one request, made on first use from definitions the domains own
 * (payments' payments-by-project, evidences' evidences-by-project), so core names none.
 * One instance per request: nothing is cached across viewers.
 */
export class RequestLoaders {
  private readonly made = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.made.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) this.made.set(definition as LoaderDefinition<unknown, unknown>, (loader = definition(this.dataSource) as DataLoader<unknown, unknown>));
    return loader as DataLoader<K, V>;
  }
}

/** Rows grouped by a key, in the order given: what a batch loader answers per key. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
