import { parseCsvPreview } from "../billing/pages/ImportUnitsPage";

/** A picked import file, ready for `meters.import`: CSV as text, XLSX as base64. */
export interface PickedFile {
  name: string;
  format: "csv" | "xlsx";
  content: string;
  /** CSV only: the rows as read here, for the preview (the server parses the file for real). */
  rows?: string[][];
}

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
