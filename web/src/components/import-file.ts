/** A picked import file, ready for `meters.import`: CSV as text, XLSX as base64. */
export interface PickedFile {
  name: string;
  format: "csv" | "xlsx";
  content: string;
  /** CSV only: the rows as read here, for the preview (the server parses the file for real). */
  rows?: string[][];
}

/** Reads a picked file in the browser: CSV as text (with preview rows), XLSX as base64. */
export function readImportFile(file: File): Promise<PickedFile> {
  const xlsx = /\.xlsx$/i.test(file.name);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.onload = () => {
      const result = String(reader.result ?? "");
      if (xlsx) resolve({ name: file.name, format: "xlsx", content: result.slice(result.indexOf(",") + 1) });
      else resolve({ name: file.name, format: "csv", content: result, rows: parseCsvPreview(result) });
    };
    if (xlsx) reader.readAsDataURL(file);
    else reader.readAsText(file);
  });
}

/** A small CSV reader for the preview (quotes, `,` or `;`); the server parses the file for real. */
export function parseCsvPreview(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, "");
  const first = clean.split(/\r?\n/, 1)[0] ?? "";
  const sep = first.includes(";") && !first.includes(",") ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (quoted) {
      if (c === '"' && clean[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && clean[i + 1] === "\n") i++;
      row.push(cell);
      if (row.some((x) => x.trim() !== "")) rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x.trim() !== "")) rows.push(row);
  return rows;
}
