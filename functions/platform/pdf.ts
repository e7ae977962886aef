import type { TDocumentDefinitions } from "pdfmake/interfaces";

/**
 * pdfmake on the server. esbuild bundles it into the `files` Lambda (the only one that imports this
 * module), but it is evaluated on the first PDF only: the spreadsheet and upload routes of the same
 * Lambda do not pay for it at cold start. The Roboto fonts (Latin with ro/pl diacritics and
 * Cyrillic for ru/uk) come from its virtual file system bundle, so no font file has to exist on
 * disk in Lambda.
 */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(fn: (url: string) => boolean): void;
  setLocalAccessPolicy(fn: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let engine: Promise<PdfMake> | undefined;

async function loadPdfmake(): Promise<PdfMake> {
  const [pdfmakeModule, vfsFonts] = await Promise.all([import("pdfmake"), import("pdfmake/build/vfs_fonts.js")]);
  const made = pdfmakeModule.default as unknown as PdfMake;
  const vfs = vfsFonts.default as unknown as Record<string, string>;
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
  return made;
}

/** The engine, loaded once; a failed load is tried again on the next document. */
function pdfmake(): Promise<PdfMake> {
  engine ??= loadPdfmake().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return (await pdfmake())
    .createPdf({ ...doc, defaultStyle: { font: "Roboto", fontSize: 9, ...doc.defaultStyle } })
    .getBuffer();
}
