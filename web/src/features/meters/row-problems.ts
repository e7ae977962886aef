import { ApiError } from "../../api/client";

export interface RowProblem {
  /** Row of the file (1 is the header), empty for a problem with the whole file. */
  row: string;
  /** Column as the file names it (`value2` for the second register). */
  column: string;
  message: string;
}

/** `values.1` → `value2`: the column the administrator typed, not the API's index. */
function columnOf(rest: string): string {
  const value = /^values\.(\d+)$/.exec(rest);
  return value ? `value${Number(value[1]) + 1}` : rest;
}

/** The server's row-level errors (`rows.<row>.<column>`) in the file's order. */
export function rowProblems(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError)) return [];
  return error.fields
    .map((f) => {
      const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(f.path);
      if (!match) return { row: "", column: f.path, message: f.message };
      return { row: match[1] ?? "", column: columnOf(match[2] ?? ""), message: f.message };
    })
    .sort((a, b) => Number(a.row || 0) - Number(b.row || 0) || a.column.localeCompare(b.column));
}
