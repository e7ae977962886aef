/** What matching knows about a unit. */
export interface MatchUnit {
  unitId: string;
  number: string;
  paymentReference: string;
  ownerNames: string[];
  /** What the account owes now (for the amount heuristic). */
  dueMinor: number;
}

export interface MatchResult {
  unitId?: string;
  /** 0–1: 1 for a payment reference; lower for heuristics (never booked without a person). */
  confidence: number;
  reason: "reference" | "unit_number" | "name" | "amount" | "none";
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The reference as a pattern tolerant of spaces, dashes or nothing between its parts, on word bounds. */
function referencePattern(ref: string): RegExp {
  const parts = ref
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
    .map(escapeRe);
  return new RegExp(`(^|[^A-Z0-9])${parts.join("[\\s/._-]*")}($|[^A-Z0-9])`);
}

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2),
  );
}

function nameScore(payer: string, owners: readonly string[]): number {
  const p = words(payer);
  if (p.size === 0) return 0;
  let best = 0;
  for (const o of owners) {
    const w = words(o);
    const common = [...w].filter((x) => p.has(x)).length;
    if (w.size > 0) best = Math.max(best, common / w.size);
  }
  return best;
}

const unitNumber = /\b(?:ap|apt|apartament|apartment|lokal|lok|kv|кв|квартира)\.?\s*(\d{1,4})\b/iu;

/**
 * Matches a credit to a unit: first by the unit's payment reference (confidence 1), then by a
 * unit number in the text, the payer's name against owner names, and the amount against what the
 * account owes, each raising the confidence of a suggestion. Pure and deterministic.
 */
export function matchLine(line: { reference: string; name: string; amountMinor: number }, units: readonly MatchUnit[]) {
  const text = `${line.reference} ${line.name}`.toUpperCase();
  const byRef = units.filter((u) => u.paymentReference && referencePattern(u.paymentReference).test(text));
  if (byRef.length === 1) return { unitId: byRef[0]?.unitId, confidence: 1, reason: "reference" } as MatchResult;
  const num = unitNumber.exec(line.reference)?.[1];
  let best: MatchResult = { confidence: 0, reason: "none" };
  for (const u of units) {
    const byNumber = num !== undefined && String(Number(num)) === String(Number(u.number)) ? 0.5 : 0;
    const byName = nameScore(line.name, u.ownerNames) * 0.6;
    const byAmount = u.dueMinor > 0 && u.dueMinor === line.amountMinor ? 0.3 : 0;
    const score = Math.min(0.95, byNumber + byName + byAmount);
    if (score > best.confidence) {
      const reason = byNumber ? "unit_number" : byName ? "name" : "amount";
      best = { unitId: u.unitId, confidence: Math.round(score * 100) / 100, reason };
    }
  }
  return best.confidence >= 0.5 ? best : { confidence: best.confidence, reason: "none" as const };
}
