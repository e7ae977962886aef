/*
 * Cells of the CSV and XLSX exports. A spreadsheet runs a cell that begins with `=`, `+`, `-` or
 * `@` as a formula (some strip a leading tab or carriage return first): a unit or an owner named
 * `=HYPERLINK(…)` would become a link or a command on the accountant's machine (CSV injection).
 * Such a text cell gets a leading apostrophe, OWASP's advice, which spreadsheets show as text. A
 * cell that is a plain number ("-7.00", an amount; "-1", a basement floor) is read as a number,
 * never as a formula, and is kept as it is.
 */

const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[-+]?\d+(?:[.,]\d+)?$/;

const runsAsFormula = (value: string) => formulaStart.test(value) && !plainNumber.test(value);

/** One exported cell as a spreadsheet may safely open it. */
export function spreadsheetCell(value: string): string {
  return runsAsFormula(value) ? `'${value}` : value;
}

/** Every cell of an export's rows, the header included. */
export function spreadsheetRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => row.map(spreadsheetCell));
}

/** A cell of a re-imported export as it was before `spreadsheetCell` escaped it (exports are import templates). */
export function unescapeSpreadsheetCell(value: string): string {
  return value.startsWith("'") && runsAsFormula(value.slice(1)) ? value.slice(1) : value;
}
