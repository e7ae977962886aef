import { createRequire } from "node:module";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { translate } from "../platform/i18n";
import type { Locale } from "../platform/model/schemas";
import type { IssuedCode } from "./activation";

/**
 * Activation letters as a PDF, one page per unit: the association, the unit, the portal address
 * and the one-time code — never a password. Roboto (bundled by pdfmake as base64 in vfs_fonts)
 * covers Romanian, Polish and Cyrillic letters, and reading fonts from memory keeps the Lambda
 * free of font files. pdfmake is loaded on first use only: no other route pays for it.
 */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let engine: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (engine) return engine;
  const require = createRequire(import.meta.url);
  const made = require("pdfmake") as PdfMake;
  const vfs = require("pdfmake/build/vfs_fonts.js") as Record<string, string>;
  for (const [name, data] of Object.entries(vfs)) made.virtualfs.writeFileSync(name, Buffer.from(data, "base64"));
  made.setFonts({
    Roboto: {
      normal: "Roboto-Regular.ttf",
      bold: "Roboto-Medium.ttf",
      italics: "Roboto-Italic.ttf",
      bolditalics: "Roboto-MediumItalic.ttf",
    },
  });
  // Letters embed nothing from outside: no URL or file may be fetched while rendering.
  made.setUrlAccessPolicy(() => false);
  made.setLocalAccessPolicy(() => false);
  engine = made;
  return made;
}

export interface LetterContext {
  associationName: string;
  portalUrl: string;
  locale: Locale;
  validUntil: string;
}

function letterPage(c: LetterContext, code: IssuedCode, last: boolean): Content[] {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(c.locale, `letter.${key}`, params);
  return [
    { text: c.associationName, style: "association" },
    { text: t("title"), style: "title" },
    { text: t("unit", { unit: code.unitNumber }), style: "unit" },
    { text: t("intro"), margin: [0, 12, 0, 12] },
    { ol: [t("step1", { portal: c.portalUrl }), t("step2"), t("step3"), t("step4")], margin: [0, 0, 0, 16] },
    { text: t("code"), bold: true },
    { text: code.code, style: "code" },
    { text: t("valid", { date: c.validUntil }), margin: [0, 8, 0, 0] },
    {
      text: t("never_password"),
      italics: true,
      margin: [0, 16, 0, 0],
      ...(last ? {} : { pageBreak: "after" as const }),
    },
  ];
}

/** Renders the letters; each code appears only in this PDF and, hashed, in the table. */
export async function renderActivationLetters(c: LetterContext, codes: IssuedCode[]): Promise<Buffer> {
  const doc: TDocumentDefinitions = {
    info: { title: translate(c.locale, "letter.title") },
    pageSize: "A4",
    pageMargins: [56, 64, 56, 64],
    defaultStyle: { font: "Roboto", fontSize: 11, lineHeight: 1.3 },
    styles: {
      association: { fontSize: 12, color: "#555555" },
      title: { fontSize: 20, bold: true, margin: [0, 16, 0, 4] },
      unit: { fontSize: 14, bold: true },
      code: { fontSize: 24, bold: true, characterSpacing: 2, margin: [0, 6, 0, 0] },
    },
    content: codes.flatMap((code, i) => letterPage(c, code, i === codes.length - 1)),
  };
  return pdfmake().createPdf(doc).getBuffer();
}
