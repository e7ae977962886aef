import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { readSheet } from "read-excel-file/node";
import writeXlsxFile from "write-excel-file/node";
import { spreadsheetRows, unescapeSpreadsheetCell } from "../platform/model/spreadsheet-cells";
import type { Unit } from "./units";

/** Columns of the unit import/export, in order. `unitId` and `sharePpm` may be left empty. */
export const unitColumns = [
  "unitId",
  "number",
  "building",
  "staircase",
  "type",
  "floor",
  "area",
  "sharePpm",
  "persons",
  "personsFrom",
  "paymentReference",
] as const;
export type UnitColumn = (typeof unitColumns)[number];

/** One data row as text, with its spreadsheet row number (the header is row 1). */
export interface RawRow {
  row: number;
  cells: Partial<Record<UnitColumn, string>>;
}

function toRows(matrix: readonly (readonly unknown[])[]): { header: string[]; rows: RawRow[] } {
  const [head = [], ...body] = matrix;
  const header = head.map((h) => String(h ?? "").trim());
  const rows = body
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c !== null && c !== undefined && String(c).trim() !== ""))
    .map(({ cells, row }) => {
      const out: Partial<Record<UnitColumn, string>> = {};
      header.forEach((name, i) => {
        if ((unitColumns as readonly string[]).includes(name)) out[name as UnitColumn] = cellText(cells[i]);
      });
      return { row, cells: out };
    });
  return { header, rows };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  // Spreadsheet numbers arrive as JS numbers; their shortest text form is what the user typed.
  // An exported cell that was escaped against formulas comes back as it was.
  return unescapeSpreadsheetCell(String(value).trim());
}

/** Parses CSV text; `;` is accepted as the separator (Excel in RO/PL locales writes it). */
export function parseUnitsCsv(text: string): { header: string[]; rows: RawRow[] } {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const matrix = parse(text.replace(/^\uFEFF/, ""), { delimiter, relax_column_count: true, skip_empty_lines: true });
  return toRows(matrix as string[][]);
}

/** Parses the first sheet of an XLSX file given as base64. */
export async function parseUnitsXlsx(base64: string): Promise<{ header: string[]; rows: RawRow[] }> {
  const data = await readSheet(Buffer.from(base64, "base64"));
  return toRows(data as unknown[][]);
}

function unitRow(u: Unit): string[] {
  const persons = u.persons.at(-1);
  return [
    u.unitId,
    u.number,
    u.building,
    u.staircase,
    u.type,
    String(u.floor),
    u.area,
    String(u.sharePpm),
    String(persons?.count ?? 0),
    persons?.from ?? "",
    u.paymentReference,
  ];
}

/** The registry as CSV (header + one row per unit; persons = the latest entry). */
export function unitsToCsv(units: readonly Unit[]): string {
  return stringify(spreadsheetRows([[...unitColumns], ...units.map(unitRow)]));
}

/** The registry as XLSX, cells as text so areas keep their decimals exactly. */
export async function unitsToXlsx(units: readonly Unit[]): Promise<Buffer> {
  const rows = spreadsheetRows([[...unitColumns], ...units.map(unitRow)]).map((r) => r.map((value) => ({ value })));
  return writeXlsxFile(rows).toBuffer();
}
