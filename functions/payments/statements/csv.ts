import { parse } from "csv-parse/sync";
import type { StatedAccount } from "./own-account";
import { malformed, type ParsedStatement, type RawStatementLine } from "./types";

/** Which column holds what, saved per bank (column names as in the header row). */
export interface CsvMapping {
  delimiter: "," | ";" | "\t";
  date: string;
  dateFormat: "YYYY-MM-DD" | "DD.MM.YYYY" | "DD/MM/YYYY";
  amount: string;
  currency?: string;
  /** Used when the file has no currency column. */
  defaultCurrency?: string;
  reference: string;
  name?: string;
  transactionId?: string;
  /** The column naming the association's own account, when the bank's export has one. */
  account?: string;
}

function isoDate(value: string, format: CsvMapping["dateFormat"], line: number): string {
  const m =
    format === "YYYY-MM-DD" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : /^(\d{2})[./](\d{2})[./](\d{4})$/.exec(value);
  if (!m) throw malformed(line, `bad date "${value}" (expected ${format})`);
  return format === "YYYY-MM-DD" ? `${m[1]}-${m[2]}-${m[3]}` : `${m[3]}-${m[2]}-${m[1]}`;
}

function rowLine(header: string[], cells: string[], line: number, m: CsvMapping): RawStatementLine {
  const cell = (name: string | undefined) => (name ? (cells[header.indexOf(name)] ?? "").trim() : "");
  const signed = cell(m.amount).replace(/\s/g, "");
  if (!/^[-+]?\d+([.,]\d+)?$/.test(signed)) throw malformed(line, `bad amount "${signed}"`);
  const currency = cell(m.currency) || m.defaultCurrency || "";
  if (!currency) throw malformed(line, "missing currency");
  return {
    line,
    bankTxId: cell(m.transactionId) || undefined,
    bookingDate: isoDate(cell(m.date), m.dateFormat, line),
    amountText: signed.replace(/^[-+]/, ""),
    currency,
    direction: signed.startsWith("-") ? "debit" : "credit",
    reference: cell(m.reference),
    name: cell(m.name),
    ...(cell(m.account) ? { account: cell(m.account) } : {}),
  };
}

/** The account cell of every row, when the mapping names an account column (empty cells are skipped). */
function accountsOf(header: string[], rows: { cells: string[]; line: number }[], column?: string): StatedAccount[] {
  if (!column) return [];
  const at = header.indexOf(column);
  return rows
    .map(({ cells, line }) => ({ account: (cells[at] ?? "").trim(), line, field: column }))
    .filter((s) => s.account !== "");
}

/** Parses a bank's CSV export with its saved column mapping; a missing column or bad cell names the line. */
export function parseStatementCsv(text: string, m: CsvMapping): ParsedStatement {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ""), { delimiter: m.delimiter, relax_column_count: true }) as string[][];
  } catch (error) {
    throw malformed((error as { lines?: number }).lines ?? 1, (error as Error).message);
  }
  const [header = [], ...body] = rows;
  const names = header.map((h) => h.trim());
  for (const col of [m.date, m.amount, m.reference, m.currency, m.name, m.transactionId, m.account]) {
    if (col && !names.includes(col)) throw malformed(1, `column "${col}" not in the header`);
  }
  const filled = body
    .map((cells, i) => ({ cells, line: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ""));
  return {
    statedAccounts: accountsOf(names, filled, m.account),
    lines: filled.map((r) => rowLine(names, r.cells, r.line, m)),
  };
}
