import type { StatedAccount } from "./own-account";
import { malformed, type ParsedStatement, type RawStatementLine, shortDate } from "./types";

interface Field {
  tag: string;
  value: string;
  line: number;
}

/** Splits MT940 text into `:tag:value` fields (continuation lines join their field). */
function fields(text: string): Field[] {
  const out: Field[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const l = raw.replace(/\s+$/, "");
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(l);
    if (m) out.push({ tag: m[1] ?? "", value: m[2] ?? "", line: i + 1 });
    else if (l === "-" || l === "" || /^\{|^-\}/.test(l)) return;
    else if (out.length > 0) (out.at(-1) as Field).value += `\n${l}`;
    else throw malformed(i + 1, "text before the first field");
  });
  return out;
}

// YYMMDD [MMDD] [R]C|D [funds code] amount N|F|S type customer-ref [//bank-ref]
const line61 = /^(\d{6})(\d{4})?(R?[CD])([A-Z])?(\d{1,12},\d{0,3})([NSF][A-Z0-9]{3})([^/\n]*)(?:\/\/([^\n]*))?/;

/** Subfields `?20`…`?29` (German) or `~20`… (Polish) of a `:86:` text; plain text otherwise. */
function info86(value: string): { reference: string; name: string } {
  const flat = value.replace(/\n/g, "");
  const sep = /[?~]\d{2}/.test(flat) ? (flat.includes("?") ? "?" : "~") : undefined;
  if (!sep) return { reference: value.replace(/\n/g, " ").trim(), name: "" };
  const parts = new Map<string, string>();
  for (const m of flat.matchAll(new RegExp(`\\${sep}(\\d{2})([^${sep}]*)`, "g"))) {
    parts.set(m[1] ?? "", (parts.get(m[1] ?? "") ?? "") + (m[2] ?? ""));
  }
  const pick = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => parts.get(String(from + i)) ?? "").join("");
  return { reference: pick(20, 29).trim(), name: pick(32, 33).trim() };
}

function currencyOf(fs: Field[]): string {
  const opening = fs.find((f) => f.tag === "60F" || f.tag === "60M");
  const m = opening ? /^[CD]\d{6}([A-Z]{3})/.exec(opening.value) : null;
  if (!opening || !m) throw malformed(opening?.line ?? 1, "missing :60F: opening balance with currency");
  return m[1] ?? "";
}

function transaction(f: Field, next: Field | undefined, currency: string): RawStatementLine {
  const m = line61.exec(f.value);
  if (!m) throw malformed(f.line, "cannot read :61: statement line");
  const mark = m[3] ?? "";
  const info = next?.tag === "86" ? info86(next.value) : { reference: m[7] ?? "", name: "" };
  const bankRef = (m[8] ?? "").split("\n")[0]?.trim();
  return {
    line: f.line,
    bankTxId: bankRef || undefined,
    bookingDate: shortDate(m[1] ?? "", f.line),
    amountText: m[5] ?? "",
    currency,
    direction: mark === "C" || mark === "RD" ? "credit" : "debit",
    reference: info.reference,
    name: info.name,
  };
}

/** Every `:25:` (or `:25P:`) account identification, its first line being the account. */
function statedAccounts(fs: Field[]): StatedAccount[] {
  return fs
    .filter((f) => f.tag === "25" || f.tag === "25P")
    .map((f) => ({ account: f.value.split("\n")[0]?.trim() ?? "", line: f.line, field: `:${f.tag}:` }))
    .filter((s) => s.account !== "");
}

/**
 * Parses a SWIFT MT940 statement: one line per `:61:` with its `:86:` details. The currency comes
 * from the opening balance. Anything unreadable throws `statement.malformed` naming the line.
 */
export function parseMt940(text: string): ParsedStatement {
  const fs = fields(text);
  if (!fs.some((f) => f.tag === "20")) throw malformed(1, "missing :20: transaction reference");
  const currency = currencyOf(fs);
  const account = fs.find((f) => f.tag === "25")?.value.trim();
  // Each :61: belongs to the statement of the last :25: before it (a file may hold several).
  let current: string | undefined;
  const lines = fs.flatMap((f, i) => {
    if (f.tag === "25" || f.tag === "25P") current = f.value.split("\n")[0]?.trim() || undefined;
    if (f.tag !== "61") return [];
    const l = transaction(f, fs[i + 1], currency);
    return [current ? { ...l, account: current } : l];
  });
  return { account, statedAccounts: statedAccounts(fs), lines };
}
