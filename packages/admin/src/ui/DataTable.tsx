import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
}

/**
 * A table on wide screens; under 768 px each row becomes a card whose cells carry their
 * column name (data-label), so phones need no second layout.
 */
export function DataTable<Row>({ columns, rows, rowKey, caption }: { columns: ReadonlyArray<Column<Row>>; rows: readonly Row[]; rowKey: (row: Row) => string; caption: string }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.key} data-label={column.header}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
