import { describe, expect, it } from "vitest";
import { DomainError } from "../../kernel/errors";
import { parseCamt053 } from "./camt053";
import { parseStatementCsv } from "./csv";
import { parseMt940 } from "./mt940";
import { fingerprintText, normalizeStatement } from "./normalize";
import { assertOwnAccounts, canonicalOwnAccount, isOwnAccount } from "./own-account";

const pl = "PL61109010140000071219812874";
const ro = "RO49AAAA1B31007593840000";

describe("the account a statement is for", () => {
  it("recognises an IBAN however it is spaced or cased", () => {
    expect(isOwnAccount("pl61 1090 1014 0000 0712 1981 2874", [pl])).toBe(true);
    expect(isOwnAccount("RO49-AAAA-1B31-0075-9384-0000", [ro])).toBe(true);
  });

  it("recognises a Polish NRB as the IBAN without PL, and the BBAN with a bank-code prefix", () => {
    expect(isOwnAccount("61109010140000071219812874", [pl])).toBe(true);
    expect(isOwnAccount("/PL61109010140000071219812874", [pl])).toBe(true);
    expect(isOwnAccount("10901014/0000071219812874", [pl])).toBe(true);
    expect(isOwnAccount("BTRLRO22/RO49AAAA1B31007593840000", [ro])).toBe(true);
    expect(isOwnAccount("RO49AAAA1B31007593840000RON", [ro])).toBe(true);
  });

  it("refuses another account, even one that differs by a digit", () => {
    expect(isOwnAccount("PL61109010140000071219812875", [pl])).toBe(false);
    expect(isOwnAccount("RO66BACX0000001234567890", [ro])).toBe(false);
    expect(isOwnAccount("0000071219812874", [pl])).toBe(false);
  });

  it("checks every stated account and names the field and line of the first foreign one", () => {
    const stated = [
      { account: pl, line: 2, field: ":25:" },
      { account: "PL27114020040000300201355387", line: 19, field: ":25:" },
    ];
    expect(() => assertOwnAccounts(stated, [pl])).toThrow(DomainError);
    try {
      assertOwnAccounts(stated, [pl]);
    } catch (error) {
      expect((error as DomainError).code).toBe("statement.foreign_account");
      expect((error as DomainError).details).toEqual({
        line: 19,
        where: ":25:",
        account: "PL27114020040000300201355387",
      });
    }
    expect(() => assertOwnAccounts([], [pl])).not.toThrow();
    expect(() => assertOwnAccounts(stated, [pl, "PL27114020040000300201355387"])).not.toThrow();
  });
});

describe("what each format says about its account", () => {
  it("MT940: every :25: with its line", () => {
    const text = [
      ":20:A",
      ":25:/PL61109010140000071219812874",
      ":60F:C261219PLN1,00",
      ":61:2612191219C1,00NTRFNONREF//1",
    ];
    expect(parseMt940(text.join("\n")).statedAccounts).toEqual([
      { account: "/PL61109010140000071219812874", line: 2, field: ":25:" },
    ]);
  });

  it("camt.053: the IBAN of each statement, or its other identification", () => {
    const entry = `<Ntry><Amt Ccy="RON">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-12-18</Dt></BookgDt></Ntry>`;
    const xml = `<Document><BkToCstmrStmt>
<Stmt><Acct><Id><IBAN>${ro}</IBAN></Id></Acct>${entry}</Stmt>
<Stmt>
<Acct><Id><Othr><Id>2511007593840000</Id></Othr></Id></Acct>${entry}</Stmt>
</BkToCstmrStmt></Document>`;
    expect(parseCamt053(xml).statedAccounts).toEqual([
      { account: ro, field: "Stmt/Acct/Id/IBAN", line: 2 },
      { account: "2511007593840000", field: "Stmt/Acct/Id/Othr/Id", line: 4 },
    ]);
  });

  it("CSV: the mapped account column of each row, none without one", () => {
    const csv = `Data;Suma;Detalii;Cont\n21.12.2026;1,00;x;${ro}\n22.12.2026;2,00;y;\n`;
    const mapping = {
      delimiter: ";",
      date: "Data",
      dateFormat: "DD.MM.YYYY",
      amount: "Suma",
      defaultCurrency: "RON",
      reference: "Detalii",
    } as const;
    expect(parseStatementCsv(csv, { ...mapping, account: "Cont" }).statedAccounts).toEqual([
      { account: ro, line: 2, field: "Cont" },
    ]);
    expect(parseStatementCsv(csv, mapping).statedAccounts).toEqual([]);
  });
});

describe("the one spelling of the association's account in line ids", () => {
  const two = [pl, "PL27 1140 2004 0000 3002 0135 5387"];

  it("is the stored account, however the file wrote it", () => {
    for (const stated of [
      "pl61 1090 1014 0000 0712 1981 2874",
      "61109010140000071219812874",
      "/PL61109010140000071219812874",
    ])
      expect(canonicalOwnAccount(stated, two)).toBe(pl);
    expect(canonicalOwnAccount("BTRLRO22/RO49AAAA1B31007593840000", [ro])).toBe(ro);
    expect(canonicalOwnAccount("11402004/0000300201355387", two)).toBe("PL27114020040000300201355387");
  });

  it("is the account statements are imported into when the file names none", () => {
    expect(canonicalOwnAccount(undefined, two)).toBe(pl);
    expect(canonicalOwnAccount("  ", two)).toBe(pl);
  });

  it("follows each statement of a multi-statement MT940 file", () => {
    const mt = (account: string, ref: string) =>
      `:20:X\n:25:${account}\n:28C:1/1\n:60F:C261219PLN0,00\n:61:2612191219C1,00NTRFNONREF//${ref}\n:86:x\n:62F:C261219PLN1,00\n-`;
    const parsed = parseMt940(`${mt(pl, "A")}\n${mt("PL27114020040000300201355387", "B")}`);
    const lines = normalizeStatement("pl-a", parsed, "PLN", two);
    const sameRefOtherAccount = normalizeStatement("pl-a", parseMt940(mt(pl, "B")), "PLN", two);
    expect(lines.map((l) => l.bankTxId)).toEqual(["A", "B"]);
    expect(lines[1]?.lineId).not.toBe(sameRefOtherAccount[0]?.lineId);
  });

  it("fingerprints a transfer's text without spacing, case, diacritics or line breaks", () => {
    expect(fingerprintText("Întreținere M7-011\ndecembrie", "Ionescu Marin")).toBe(
      fingerprintText("INTRETINERE M7 011 DECEMBRIE IONESCU", "MARIN"),
    );
    expect(fingerprintText("Opłata R12/007", "Łukasz")).toBe(fingerprintText("OPLATA R12 007 LUKASZ", ""));
    expect(fingerprintText("M7-011", "IONESCU MARIN")).not.toBe(fingerprintText("M7-011", "IONESCU ANA"));
  });
});
