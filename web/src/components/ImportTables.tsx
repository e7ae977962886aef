import { TableWrap } from "../features/billing/lib/ui";

/** A problem the server found in an imported file: its row (1 is the header), column and message. */
export interface ImportProblem {
  row: string;
  column: string;
  message: string;
}

/** Column headings, in the importing feature's own words (and translation namespace). */
export interface ImportTableLabels {
  row: string;
  column: string;
  message: string;
}

/** Every row-level problem of a refused import, in the file's order. */
export function ImportProblemTable({
  problems,
  label,
  labels,
}: {
  problems: readonly ImportProblem[];
  label: string;
  labels: ImportTableLabels;
}) {
  return (
    <TableWrap label={label}>
      <table className="table" data-testid="import-error-table">
        <thead>
          <tr>
            <th scope="col">{labels.row}</th>
            <th scope="col">{labels.column}</th>
            <th scope="col">{labels.message}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr key={`${p.row}|${p.column}|${p.message}`} data-testid="import-error-row" data-row={p.row}>
              <td className="num">{p.row}</td>
              <td className="mono">{p.column}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The first rows of a CSV as the browser read them, the rows the server refused marked. */
export function ImportPreviewTable({
  rows,
  bad,
  label,
  rowLabel,
  limit,
  caption = false,
}: {
  /** Header first, as `parseCsvPreview` reads it. */
  rows: readonly string[][];
  /** Row numbers (as the server counts them, header = 1) to mark. */
  bad: ReadonlySet<string>;
  label: string;
  rowLabel: string;
  limit: number;
  /** Show `label` as the table's caption (when no heading names it). */
  caption?: boolean;
}) {
  const [header = [], ...body] = rows;
  return (
    <TableWrap label={label}>
      <table className="table table--compact" data-testid="import-preview">
        {caption && <caption className="field__hint">{label}</caption>}
        <thead>
          <tr>
            <th scope="col">{rowLabel}</th>
            {header.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.slice(0, limit).map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a file are identified by position
            <tr key={i} className={bad.has(String(i + 2)) ? "table__row--bad" : undefined}>
              <td className="num">{i + 2}</td>
              {header.map((h, j) => (
                <td key={h}>{r[j]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
