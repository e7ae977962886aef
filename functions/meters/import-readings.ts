import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { throwIfIssues } from "../kernel/domain-errors";
import type { FieldError } from "../kernel/errors";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { type AdminInput, enterAdminReadings } from "./admin-readings";
import type { MeterContext } from "./calendar";

/** Columns: `meterId` (or `serial`), `value1` … `value4` (or `value`), optional `confirm`. */
interface Row {
  row: number;
  cells: Record<string, string>;
}

function toRows(matrix: readonly (readonly unknown[])[]): Row[] {
  const [head = [], ...body] = matrix;
  const header = head.map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase(),
  );
  return body
    .map((cells, i) => ({
      row: i + 2,
      cells: Object.fromEntries(header.map((h, j) => [h, String(cells[j] ?? "").trim()])),
    }))
    .filter((r) => Object.values(r.cells).some((v) => v !== ""));
}

async function parseContent(format: "csv" | "xlsx", content: string): Promise<Row[]> {
  try {
    if (format === "xlsx") return toRows((await readSheet(Buffer.from(content, "base64"))) as unknown[][]);
    const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
    const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
    return toRows(
      parse(content.replace(/^\uFEFF/, ""), {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
      }) as string[][],
    );
  } catch {
    throw appError("request.invalid", { fields: [{ path: "content", code: "meters.unreadable_file" }] });
  }
}

function inputOf(r: Row, issues: FieldError[]): AdminInput {
  const meterId = r.cells.meterid || r.cells.serial || "";
  if (!meterId) issues.push({ path: `rows.${r.row}.meterId`, code: "meters.required" });
  const values = [r.cells.value1 ?? r.cells.value ?? "", r.cells.value2, r.cells.value3, r.cells.value4].filter(
    (v, i): v is string => i === 0 || (v !== undefined && v !== ""),
  );
  if (!values[0]) issues.push({ path: `rows.${r.row}.value1`, code: "meters.required" });
  return { meterId, values, confirm: true };
}

/**
 * Imports a period's readings all-or-nothing: every row is checked (meter known, values valid,
 * not below the previous) before anything is written; errors name the row. Unusual consumption
 * is accepted and flagged for review. The same file twice changes nothing the second time.
 */
export async function importReadings(
  deps: AppDeps,
  mc: MeterContext,
  personId: string,
  body: { period: string; format: "csv" | "xlsx"; content: string; dryRun: boolean },
) {
  const rows = await parseContent(body.format, body.content);
  if (rows.length === 0)
    throw appError("request.invalid", { fields: [{ path: "content", code: "meters.empty_file" }] });
  if (rows.length > 2000)
    throw appError("request.invalid", { fields: [{ path: "content", code: "meters.too_many_rows" }] });
  const issues: FieldError[] = [];
  const inputs = rows.map((r) => inputOf(r, issues));
  throwIfIssues(issues);
  const paths = rows.map((r) => `rows.${r.row}`);
  const input = { period: body.period, readings: inputs };
  const out = await enterAdminReadings(deps, mc, personId, input, "import", paths, body.dryRun);
  return {
    imported: out.readings.length - out.unchanged,
    unchanged: out.unchanged,
    flagged: out.readings.filter((r) => r.flagged).length,
  };
}
