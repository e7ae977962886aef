import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { StatedAccount } from "./own-account";
import { malformed, type ParsedStatement, type RawStatementLine } from "./types";

type Node = Record<string, unknown>;
const arrayTags = new Set(["Stmt", "Ntry", "NtryDtls", "TxDtls", "Ustrd", "Bal"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  isArray: (name) => arrayTags.has(name),
});

/** Walks a path of child names, taking the first element wherever a tag repeats. */
function at(node: unknown, ...path: string[]): unknown {
  let cur: unknown = node;
  for (const p of path) cur = ((Array.isArray(cur) ? cur[0] : cur) as Node | undefined)?.[p];
  return cur;
}

function text(value: unknown): string {
  const node = Array.isArray(value) ? value[0] : value;
  if (node === undefined || node === null) return "";
  if (typeof node === "object") return String((node as Node)["#text"] ?? "");
  return String(node).trim();
}

/** Start lines of each `<Ntry>` element, so errors can name the line. */
function entryLines(xml: string): number[] {
  const out: number[] = [];
  xml.split(/\r?\n/).forEach((l, i) => {
    for (const _ of l.matchAll(/<(?:\w+:)?Ntry[\s>]/g)) out.push(i + 1);
  });
  return out;
}

/** Offsets where each `<Stmt>` element starts. */
function statementStarts(xml: string): number[] {
  return [...xml.matchAll(/<(?:\w+:)?Stmt[\s>]/g)].map((m) => m.index);
}

const lineAt = (xml: string, offset: number) => xml.slice(0, Math.max(offset, 0)).split("\n").length;

/** The account a `<Stmt>` is for (`Acct/Id/IBAN`, else `Acct/Id/Othr/Id`) and the line it is on. */
function statedAccount(xml: string, stmt: unknown, start: number): StatedAccount | undefined {
  const iban = text(at(stmt, "Acct", "Id", "IBAN"));
  const other = text(at(stmt, "Acct", "Id", "Othr", "Id"));
  const account = iban || other;
  if (!account) return undefined;
  const field = iban ? "Stmt/Acct/Id/IBAN" : "Stmt/Acct/Id/Othr/Id";
  return { account, field, line: lineAt(xml, xml.indexOf(account, start)) };
}

function party(tx: unknown): { name: string; account?: string } {
  const dbtr = at(tx, "RltdPties", "Dbtr");
  const name = text(at(dbtr, "Nm")) || text(at(dbtr, "Pty", "Nm"));
  const account = text(at(tx, "RltdPties", "DbtrAcct", "Id", "IBAN")) || undefined;
  return { name, account };
}

function remittance(tx: unknown): string {
  const ustrd = at(tx, "RmtInf", "Ustrd");
  const parts = Array.isArray(ustrd) ? ustrd.map(text) : [text(ustrd)];
  const structured = text(at(tx, "RmtInf", "Strd", "CdtrRefInf", "Ref"));
  return [...parts, structured].filter(Boolean).join(" ");
}

function lineOf(entry: unknown, tx: unknown, line: number, account?: string): RawStatementLine {
  const amtNode = at(entry, "Amt");
  const amt = (Array.isArray(amtNode) ? amtNode[0] : amtNode) as Node | string | undefined;
  const amountText = text(amt);
  const currency = typeof amt === "object" ? String(amt["@Ccy"] ?? "") : "";
  const indicator = text(at(entry, "CdtDbtInd"));
  const bookingDate = (text(at(entry, "BookgDt", "Dt")) || text(at(entry, "BookgDt", "DtTm"))).slice(0, 10);
  if (!amountText) throw malformed(line, "missing Amt");
  if (!currency) throw malformed(line, "missing Ccy");
  if (indicator !== "CRDT" && indicator !== "DBIT") throw malformed(line, "CdtDbtInd must be CRDT or DBIT");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(bookingDate)) throw malformed(line, "missing BookgDt");
  const bankTxId =
    text(at(tx, "Refs", "AcctSvcrRef")) || text(at(entry, "AcctSvcrRef")) || text(at(tx, "Refs", "TxId")) || undefined;
  const p = party(tx);
  return {
    line,
    bankTxId,
    bookingDate,
    amountText,
    currency,
    direction: indicator === "CRDT" ? "credit" : "debit",
    reference: remittance(tx),
    name: p.name,
    counterpartyAccount: p.account,
    ...(account ? { account } : {}),
  };
}

/**
 * A DOCTYPE can declare entities that read the server's files or expand without end (XXE, the
 * "billion laughs"); a camt.053 is checked against its schema, never a DTD, so none is accepted.
 */
function refuseDoctype(xml: string): void {
  const at = xml.search(/<!DOCTYPE/i);
  if (at >= 0) throw malformed(lineAt(xml, at), "<!DOCTYPE> is not allowed");
}

function parseXml(xml: string): Node {
  try {
    return parser.parse(xml) as Node;
  } catch (error) {
    // The validator passed it, so this is rare; still the file's fault, never a 500.
    throw malformed(1, (error as Error).message);
  }
}

/**
 * Parses an ISO 20022 camt.053 bank-to-customer statement: one line per entry (`Ntry`), with
 * amounts kept as the text the bank wrote (never a float). Malformed XML or a missing field
 * throws `statement.malformed` naming the line.
 */
export function parseCamt053(xml: string): ParsedStatement {
  refuseDoctype(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw malformed(valid.err.line, valid.err.msg);
  const doc = parseXml(xml);
  const stmts = at(doc, "Document", "BkToCstmrStmt", "Stmt");
  if (!Array.isArray(stmts)) throw malformed(1, "no BkToCstmrStmt/Stmt");
  const starts = entryLines(xml);
  const stmtStarts = statementStarts(xml);
  const lines: RawStatementLine[] = [];
  const statedAccounts: StatedAccount[] = [];
  let account: string | undefined;
  for (const [i, stmt] of stmts.entries()) {
    account ??= text(at(stmt, "Acct", "Id", "IBAN")) || undefined;
    const stated = statedAccount(xml, stmt, stmtStarts[i] ?? 0);
    if (stated) statedAccounts.push(stated);
    const entries = ((stmt as Node).Ntry ?? []) as unknown[];
    for (const entry of entries) {
      const line = starts[lines.length] ?? 1;
      lines.push(lineOf(entry, at(entry, "NtryDtls", "TxDtls"), line, stated?.account));
    }
  }
  return { account, statedAccounts, lines };
}
