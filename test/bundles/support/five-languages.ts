import { expect } from "vitest";
import type { ApiAnswer, ApiClient } from "../../integration/support/client";

export const fiveLocales = ["en", "ro", "pl", "ru", "uk"] as const;

export interface ErrorAnswer {
  error: { code: string; message: string; fields: { path: string; code: string; message: string }[] };
}

/**
 * Makes the same refused request in each of the five languages and checks that every message,
 * the error's and each field's, is a sentence in that language: never the raw key (what a Lambda
 * answers when it did not load the domain's messages), and different from the other languages.
 */
export async function expectTranslatedInFive(
  api: ApiClient,
  code: string,
  request: () => Promise<ApiAnswer<ErrorAnswer>>,
): Promise<void> {
  const messages: string[][] = [];
  const original = api.locale;
  try {
    for (const locale of fiveLocales) {
      api.locale = locale;
      const answer = await request();
      expect(answer.status, `${locale}: ${JSON.stringify(answer.body)}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, locale).toBeLessThan(500);
      const { error } = answer.body;
      expect([error.code, ...error.fields.map((f) => f.code)], locale).toContain(code);
      const texts = [error.message, ...error.fields.map((f) => f.message)];
      for (const [i, text] of texts.entries()) {
        const key = i === 0 ? error.code : (error.fields[i - 1]?.code ?? "");
        expect(text, `${locale}: ${key}`).not.toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
        expect(text, `${locale}: ${key}`).not.toBe(key);
      }
      messages.push(texts);
    }
  } finally {
    api.locale = original;
  }
  // Five languages, five different texts: no silent fallback to English.
  const joined = messages.map((texts) => texts.join(" | "));
  expect(new Set(joined).size, joined.join("\n")).toBe(fiveLocales.length);
}
