import type { AssociationProfile } from "../../registry/associations";
import type { Unit } from "../../registry/units";
import { pl, ro } from "./demo-people";

/** A believable Romanian block (RON) and a Polish wspólnota (PLN). */
export const demoAssociations: AssociationProfile[] = [
  {
    associationId: ro,
    name: "Asociația de Proprietari Lalelelor M7",
    legalName: "Asociația de Proprietari Bloc M7, str. Lalelelor nr. 7",
    fiscalCode: "31245678",
    address: "Str. Lalelelor 7, 400123 Cluj-Napoca",
    country: "RO",
    currency: "RON",
    locale: "ro",
    timezone: "Europe/Bucharest",
    bankAccounts: [{ iban: "RO49AAAA1B31007593840000", bankName: "Banca Transilvania", bic: "BTRLRO22" }],
    billingDay: 5,
    dueDays: 20,
    boardSeesAccounts: true,
  },
  {
    associationId: pl,
    name: "Wspólnota Mieszkaniowa Różana 12",
    legalName: "Wspólnota Mieszkaniowa Nieruchomości przy ul. Różanej 12",
    fiscalCode: "6762468135",
    address: "ul. Różana 12, 30-001 Kraków",
    country: "PL",
    currency: "PLN",
    locale: "pl",
    timezone: "Europe/Warsaw",
    bankAccounts: [{ iban: "PL61109010140000071219812874", bankName: "Santander Bank Polska" }],
    billingDay: 1,
    dueDays: 10,
    boardSeesAccounts: false,
  },
];

const areas = ["38.50", "54.30", "62.10", "71.80"];

/** Units of a block: `count` apartments over floors of four, areas cycling through four layouts. */
export function demoUnits(associationId: string, count: number): Unit[] {
  const weights = Array.from({ length: count }, (_, i) => Number(areas[i % 4]?.replace(".", "")));
  const total = weights.reduce((s, w) => s + w, 0);
  let given = 0;
  return Array.from({ length: count }, (_, i) => {
    // Share by area in ppm; the last unit takes the remainder so shares sum to exactly 1,000,000.
    const sharePpm = i === count - 1 ? 1_000_000 - given : Math.floor(((weights[i] ?? 0) * 1_000_000) / total);
    given += sharePpm;
    const number = String(i + 1);
    return {
      unitId: `u${number.padStart(3, "0")}`,
      number,
      building: associationId === ro ? "M7" : "12",
      staircase: i < count / 2 ? "A" : "B",
      type: "apartment" as const,
      floor: Math.floor(i / 4),
      area: areas[i % 4] ?? "50.00",
      sharePpm,
      persons: [{ count: 1 + (i % 4), from: "2020-01-01" }],
      paymentReference: `${associationId === ro ? "M7" : "R12"}-${number.padStart(3, "0")}`,
    };
  });
}
