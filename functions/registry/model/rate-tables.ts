import type { DatedRate } from "../../kernel/penalty-policy";

/**
 * Dated public rates. Each entry is valid from its date until the next one. These tables are
 * data to be kept current by the operator; entries must be checked against the official
 * announcements (Bank of Russia, NBP / Dz.U.) before they are relied on.
 */

/** Bank of Russia key rate, percent per year. */
export const RU_KEY_RATE: readonly DatedRate[] = [
  { from: "2024-10-28", percentPerYear: "21" },
  { from: "2025-06-09", percentPerYear: "20" },
  { from: "2025-07-28", percentPerYear: "18" },
  { from: "2025-09-15", percentPerYear: "17" },
  { from: "2025-10-27", percentPerYear: "16.5" },
];

/** Polish statutory late interest (odsetki ustawowe za opóźnienie = NBP reference rate + 5.5 pp). */
export const PL_STATUTORY_INTEREST: readonly DatedRate[] = [
  { from: "2023-10-05", percentPerYear: "11.25" },
  { from: "2025-05-08", percentPerYear: "10.75" },
  { from: "2025-07-03", percentPerYear: "10.50" },
  { from: "2025-09-04", percentPerYear: "10.25" },
  { from: "2025-10-09", percentPerYear: "10.00" },
];
