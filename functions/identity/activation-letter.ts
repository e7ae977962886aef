import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { translate } from "../platform/i18n";
import type { Locale } from "../platform/model/schemas";
import { renderPdf } from "../platform/pdf";
import type { IssuedCode } from "./activation";

/**
 * Activation letters as a PDF, one page per unit: the association, the unit, the portal address
 * and the one-time code — never a password. Roboto (bundled by pdfmake as base64 in vfs_fonts)
 * covers Romanian, Polish and Cyrillic letters, and reading fonts from memory keeps the Lambda
 * free of font files. pdfmake is loaded on first use only: no other route pays for it.
 */
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
  return renderPdf(doc);
}
