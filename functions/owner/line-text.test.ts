import { describe, expect, it } from "vitest";
import { addDays } from "../kernel/dates";
import type { LedgerEntry } from "../ledger/model/entry";
import { translate } from "../platform/i18n";
import { locales } from "../platform/model/schemas";
import { daysInWords, entryName, penaltySentence, penaltyTitle } from "./line-text";
import { groupPenalties, type PenaltyGroup } from "./model/penalty-groups";

function groupOfDays(n: number, base = (_: number) => 15_000): PenaltyGroup {
  const entries: LedgerEntry[] = Array.from({ length: n }, (_, i) => {
    const day = addDays("2026-11-01", i);
    return {
      entryId: `pen-${day}`,
      period: "2026-11",
      date: day,
      kind: "penalty",
      fund: "penalties",
      amountMinor: (base(i) * 2) / 1000,
      description: `Penalitate pentru ${day}`,
      explanation: {
        debtId: "chg",
        day,
        dayAfterDue: 31 + i,
        baseMinor: base(i),
        dailyRate: "0.0020000000",
        capped: false,
      },
    };
  });
  const [row] = groupPenalties(entries);
  if (row?.kind !== "penalties") throw new Error("not grouped");
  return row.group;
}

/** Intl puts no-break and thin spaces in dates ("2026 г."); compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, " ");

const payment = (entryId: string, description: string, explanation: Record<string, unknown>): LedgerEntry => ({
  entryId,
  period: "2026-11",
  date: "2026-11-03",
  kind: "payment",
  fund: "maintenance",
  amountMinor: -10_000,
  description,
  explanation,
});

describe("penalty lines in the reader's language", () => {
  it("write the month's days of one debt as one sentence, in each of the five languages", () => {
    const g = groupOfDays(12);
    const said = Object.fromEntries(
      locales.map((l) => [
        l,
        plain(penaltySentence(g, penaltyTitle({ name: "Apă rece", period: "2026-10" }, l), "RON", l)),
      ]),
    );
    expect(said.en).toBe(
      "Penalty on “Apă rece” (October 2026): 12 days, 1 – 12 November 2026, 0.2 % a day on 150.00 lei = 3.60 lei",
    );
    expect(said.ro).toBe(
      "Penalitate pentru „Apă rece” (octombrie 2026): 12 zile, 1–12 noiembrie 2026, 0,2 % pe zi la 150,00 lei = 3,60 lei",
    );
    expect(said.pl).toBe(
      "Odsetki od „Apă rece” (październik 2026): 12 dni, 1–12 listopada 2026, 0,2 % dziennie od 150,00 lei = 3,60 lei",
    );
    expect(said.ru).toBe(
      "Пени по «Apă rece» (октябрь 2026 г.): 12 дней, 1–12 ноября 2026 г., 0,2 % в день на 150,00 лей = 3,60 лей",
    );
    expect(said.uk).toBe(
      "Пеня за «Apă rece» (жовтень 2026 р.): 12 днів, 1–12 листопада 2026 р., 0,2 % на день на 150,00 лей = 3,60 лей",
    );
  });

  it("spell out each stretch when the unpaid base changed during the month", () => {
    const g = groupOfDays(4, (i) => (i < 2 ? 15_000 : 10_000));
    expect(plain(penaltySentence(g, "Odsetki", "PLN", "pl"))).toBe(
      "Odsetki: 4 dni, 1–4 listopada 2026 (1–2 listopada 2026: 0,2 % dziennie od 150,00 zł = 0,60 zł; 3–4 listopada 2026: 0,2 % dziennie od 100,00 zł = 0,40 zł) = 1,00 zł",
    );
  });

  it("count days with each language's plural forms", () => {
    expect([1, 2, 5, 21, 22].map((n) => daysInWords(n, "ru"))).toEqual([
      "1 день",
      "2 дня",
      "5 дней",
      "21 день",
      "22 дня",
    ]);
    expect([1, 3, 12, 25].map((n) => daysInWords(n, "uk"))).toEqual(["1 день", "3 дні", "12 днів", "25 днів"]);
    expect([1, 2, 22].map((n) => daysInWords(n, "pl"))).toEqual(["1 dzień", "2 dni", "22 dni"]);
    expect([1, 12, 20].map((n) => daysInWords(n, "ro"))).toEqual(["1 zi", "12 zile", "20 de zile"]);
  });
});

describe("payment names in the reader's language", () => {
  it("are written from the payment's structure, whatever language the association wrote them in", () => {
    const statement = payment("pay-b1-maintenance", "Przelew z 3 listopada 2026", { method: "statement" });
    expect(plain(entryName(statement, "uk"))).toBe("Банківський переказ від 3 листопада 2026 р.");
    const cash = payment("pay-m1-maintenance", "Plată în numerar, chitanța nr. 0042/A", { method: "cash" });
    expect(entryName(cash, "en")).toBe("Cash payment, receipt no. 0042/A");
    expect(entryName(cash, "ru")).toBe("Оплата наличными, квитанция № 0042/A");
    expect(entryName(payment("pay-c1-maintenance", "Płatność kartą", { method: "card" }), "ro")).toBe(
      "Plată cu cardul",
    );
    expect(
      entryName(payment("rfd-r1-maintenance", "Zwrot płatności kartą", { reverses: "x", reason: "refund" }), "en"),
    ).toBe(translate("en", "payment.desc.card_refund"));
    const reversal = payment("rev-m1-maintenance", "Sumă greșită", {
      reverses: "pay-m1-maintenance",
      reason: "Sumă greșită",
    });
    expect(entryName(reversal, "en")).toBe("Payment reversed: Sumă greșită");
  });

  it("fall back to the stored text when the entry carries no structure to write from", () => {
    expect(entryName(payment("pay-2026-09-bank", "Întreținere — plată prin transfer bancar", {}), "pl")).toBe(
      "Întreținere — plată prin transfer bancar",
    );
    expect(entryName(payment("pay-m2-maintenance", "Numerar fără chitanță", { method: "cash" }), "en")).toBe(
      "Numerar fără chitanță",
    );
  });
});
