import { createRequire } from "node:module";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

/**
 * pdfmake on the server. pdfmake ships CommonJS, so it is loaded with `require`; the Roboto
 * fonts (Latin with ro/pl diacritics and Cyrillic for ru/uk) come from its virtual file system
 * bundle, so no font file has to exist on disk in Lambda.
 */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(fn: (url: string) => boolean): void;
  setLocalAccessPolicy(fn: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let engine: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (engine) return engine;
  const made = require("pdfmake") as PdfMake;
  const vfs = require("pdfmake/build/vfs_fonts.js") as Record<string, string>;
  for (const [name, base64] of Object.entries(vfs)) made.virtualfs.writeFileSync(name, Buffer.from(base64, "base64"));
  made.setFonts({
    Roboto: {
      normal: "Roboto-Regular.ttf",
      bold: "Roboto-Medium.ttf",
      italics: "Roboto-Italic.ttf",
      bolditalics: "Roboto-MediumItalic.ttf",
    },
  });
  // Documents embed everything they show (QR codes as data URLs): no network, no local files.
  made.setUrlAccessPolicy(() => false);
  made.setLocalAccessPolicy(() => false);
  engine = made;
  return made;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake()
    .createPdf({ defaultStyle: { font: "Roboto", fontSize: 9 }, ...doc })
    .getBuffer();
}

/** An HTTP answer carrying a file. */
export function fileResponse(body: Uint8Array | string, type: string, fileName: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "cache-control": "private, no-store",
    },
  });
}
