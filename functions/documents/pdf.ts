import pdfmakeModule from "pdfmake";
import vfsFonts from "pdfmake/build/vfs_fonts.js";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

/**
 * pdfmake on the server, imported statically so esbuild bundles it (only the `files` Lambda
 * imports this module). The Roboto fonts (Latin with ro/pl diacritics and Cyrillic for ru/uk) come from its virtual file system
 * bundle, so no font file has to exist on disk in Lambda.
 */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(fn: (url: string) => boolean): void;
  setLocalAccessPolicy(fn: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let engine: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (engine) return engine;
  const made = pdfmakeModule as unknown as PdfMake;
  const vfs = vfsFonts as unknown as Record<string, string>;
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
    .createPdf({ ...doc, defaultStyle: { font: "Roboto", fontSize: 9, ...doc.defaultStyle } })
    .getBuffer();
}
