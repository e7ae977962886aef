/** The funds a charge can be booked to; the ledger keeps each fund's balance apart. */
export const chargeFunds = ["maintenance", "repair", "working_capital", "other"] as const;
export type ChargeFund = (typeof chargeFunds)[number];

/** Units a consumption-based charge (a rule or an invoice split by meter readings) is measured in. */
export const uoms = ["m3", "kwh", "gcal", "gj", "unit"] as const;
