import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAccountHead } from "../../functions/ledger/account-store";
import { totalOf } from "../../functions/ledger/model/entry";
import { legacyLineIds } from "../../functions/payments/statements/legacy-ids";
import { bankKey, putNewLines, sealLine } from "../../functions/payments/statements/line-store";
import { parseMt940 } from "../../functions/payments/statements/mt940";
import { normalizeStatement } from "../../functions/payments/statements/normalize";
import { keys } from "../../functions/platform/keys";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * One bank transaction, brought by two statements that write it differently (the association's
 * account spaced or behind a BIC, a CSV without an account column, no bank reference at all),
 * is credited once — one after the other or both at once.
 */
let domus: TestDomus;
const accountant = new ApiClient("", "ro");
const ro = "ro-lalelelor-m7";
const base = `/api/admin/associations/${ro}/bank-statements`;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/statement-dedup/${name}`, import.meta.url), "utf8");

type Format = "camt053" | "mt940" | "csv";
interface Imported {
  lines: number;
  alreadyImported: number;
  matched: number;
  booked: number;
}

const importIt = (format: Format, content: string) =>
  accountant.post<Imported>(base, { format, content, ...(format === "csv" ? { bank: "bt-no-account" } : {}) });

async function balanceOfU011(): Promise<number> {
  const head = await readAccountHead(domus.deps, ro, "u011", true);
  return totalOf(head?.balances ?? {});
}

/** Imports two statements of the same 45.00 transfer to M7-011; returns what each answered and u011's change. */
async function importBoth(first: [Format, string], second: [Format, string], together = false) {
  const before = await balanceOfU011();
  const answers = together
    ? await Promise.all([importIt(...first), importIt(...second)])
    : [await importIt(...first), await importIt(...second)];
  for (const a of answers) expect(a.status, JSON.stringify(a.body)).toBe(200);
  return { answers: answers.map((a) => a.body), change: (await balanceOfU011()) - before };
}

beforeAll(async () => {
  domus = await startTestDomus();
  Object.assign(accountant, { baseUrl: domus.url });
  expect((await signInWithTotp(accountant, "maria.stan@example.com")).status).toBe(200);
  // A bank export without a column for the association's account, but with the bank's reference.
  const mapping = {
    delimiter: ";",
    date: "Data",
    dateFormat: "DD.MM.YYYY",
    amount: "Suma",
    currency: "Moneda",
    reference: "Detalii",
    name: "Platitor",
    transactionId: "Referinta",
  };
  expect((await accountant.call("PUT", `${base}/csv-mappings/bt-no-account`, mapping)).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

describe("the same transaction in two statements is credited once", () => {
  it("camt.053 with the IBAN compact, then spaced", async () => {
    const { answers, change } = await importBoth(
      ["camt053", fixture("a-camt053-compact.xml")],
      ["camt053", fixture("a-camt053-spaced.xml")],
    );
    expect(answers[0]).toMatchObject({ lines: 1, matched: 1, booked: 1 });
    expect(answers[1]).toMatchObject({ lines: 1, alreadyImported: 1, booked: 0 });
    expect(change).toBe(-4500);
  });

  it("MT940 with `:25:BTRLRO22/RO49…`, then camt.053", async () => {
    const { answers, change } = await importBoth(
      ["mt940", fixture("b-mt940-bic-prefix.sta")],
      ["camt053", fixture("b-camt053.xml")],
    );
    expect(answers[0]).toMatchObject({ lines: 1, matched: 1, booked: 1 });
    expect(answers[1]).toMatchObject({ alreadyImported: 1, booked: 0 });
    expect(change).toBe(-4500);
  });

  it("a CSV without an account column, then camt.053", async () => {
    const { answers, change } = await importBoth(
      ["csv", fixture("c-export-no-account.csv")],
      ["camt053", fixture("c-camt053.xml")],
    );
    expect(answers[0]).toMatchObject({ lines: 1, matched: 1, booked: 1 });
    expect(answers[1]).toMatchObject({ alreadyImported: 1, booked: 0 });
    expect(change).toBe(-4500);
  });

  it("a line without the bank's reference, as camt.053 then as MT940", async () => {
    const { answers, change } = await importBoth(
      ["camt053", fixture("d-camt053-no-reference.xml")],
      ["mt940", fixture("d-mt940-no-reference.sta")],
    );
    expect(answers[0]).toMatchObject({ lines: 1, matched: 1, booked: 1 });
    expect(answers[1]).toMatchObject({ alreadyImported: 1, booked: 0 });
    expect(change).toBe(-4500);
  });

  it("two equivalent statements imported at the same time", async () => {
    const withReference = await importBoth(
      ["camt053", fixture("e-camt053.xml")],
      ["mt940", fixture("e-mt940.sta")],
      true,
    );
    expect(withReference.answers.reduce((s, a) => s + a.booked, 0)).toBe(1);
    expect(withReference.change).toBe(-4500);
    // The same without bank references, on another day.
    const another = (text: string) => text.replaceAll("2026-12-04", "2026-12-06").replaceAll("261204", "261206");
    const withoutReference = await importBoth(
      ["camt053", another(fixture("d-camt053-no-reference.xml"))],
      ["mt940", another(fixture("d-mt940-no-reference.sta"))],
      true,
    );
    expect(withoutReference.answers.reduce((s, a) => s + a.booked, 0)).toBe(1);
    expect(withoutReference.change).toBe(-4500);
  });

  it("a statement stored under the ids lines had before is not credited again", async () => {
    const text = fixture("b-mt940-bic-prefix.sta").replaceAll("B01", "L01").replaceAll("261202", "261208");
    const parsed = parseMt940(text);
    const [legacyId = ""] = legacyLineIds(ro, parsed, [4500]);
    const [line] = normalizeStatement(ro, parsed, "RON", ["RO49AAAA1B31007593840000"]);
    if (!line) throw new Error("no line");
    expect(legacyId).not.toBe(line.lineId);
    // As the import stored it then: under the account text as written, waiting in the queue.
    const item = {
      ...keys.statementLine(ro, legacyId),
      lineId: legacyId,
      statementId: "before",
      bookingDate: line.bookingDate,
      status: "unmatched" as const,
      confidence: 0,
      reason: "none",
    };
    await putNewLines(domus.deps, [sealLine(await bankKey(domus.deps, ro), item, { ...line, lineId: legacyId })]);
    const before = await balanceOfU011();
    expect((await importIt("mt940", text)).body).toMatchObject({ lines: 1, alreadyImported: 1, booked: 0 });
    expect((await balanceOfU011()) - before).toBe(0);
  });

  it("still tells two equal transfers of one file apart, and the same text from another payer", async () => {
    const camt = fixture("d-camt053-no-reference.xml").replaceAll("2026-12-04", "2026-12-07");
    const entry = camt.slice(camt.indexOf("<Ntry>"), camt.indexOf("</Ntry>") + "</Ntry>".length);
    const twice = camt.replace(entry, `${entry}\n${entry}\n${entry.replace("IONESCU MARIN", "IONESCU ANA")}`);
    const before = await balanceOfU011();
    const out = await importIt("camt053", twice);
    expect(out.body).toMatchObject({ lines: 3, alreadyImported: 0, booked: 3 });
    expect((await importIt("camt053", twice)).body).toMatchObject({ alreadyImported: 3, booked: 0 });
    expect((await balanceOfU011()) - before).toBe(-13_500);
  });
});
