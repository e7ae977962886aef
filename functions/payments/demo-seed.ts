import type { AppDeps } from "../platform/deps";
import type { AssociationProfile } from "../registry/associations";
import { writePenaltySettings } from "./penalties/settings";
import { importStatement } from "./statements/import";

/** Three November transfers the matcher cannot place with certainty (no unit reference). */
function unmatchedCamt(iban: string): string {
  const entry = (ref: string, amount: string, day: string, name: string, text: string) => `<Ntry>
<Amt Ccy="RON">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-${day}</Dt></BookgDt>
<AcctSvcrRef>${ref}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>${name}</Nm></Dbtr></RltdPties>
<RmtInf><Ustrd>${text}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
  return `<?xml version="1.0" encoding="UTF-8"?><Document><BkToCstmrStmt><Stmt><Id>DEMO-2026-11</Id>
<Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>RON</Ccy></Acct>
${entry("DEMO2611001", "212.40", "27", "POPESCU ANA", "intretinere noiembrie")}
${entry("DEMO2611002", "95.00", "28", "VASILE ION", "plata bloc")}
${entry("DEMO2611003", "180.00", "29", "GEORGESCU E", "cotizatie ap 7")}
</Stmt></BkToCstmrStmt></Document>`;
}

/**
 * Payments demo of a Romanian association: the general assembly's penalty decision (0.2 % per
 * day, the legal maximum) and a few imported transfers waiting in the matching queue. Through the
 * same functions the API uses.
 */
export async function seedPaymentsDemo(deps: AppDeps, a: AssociationProfile): Promise<void> {
  if (a.country !== "RO") return;
  await writePenaltySettings(deps, a.associationId, {
    enabled: true,
    decision: {
      number: "3/2026",
      adoptedOn: "2026-01-15",
      dailyRate: "0.002",
      note: "Adunarea generală din 15.01.2026",
    },
  });
  const iban = a.bankAccounts[0]?.iban;
  if (iban) await importStatement(deps, a, { format: "camt053", content: unmatchedCamt(iban) });
}
