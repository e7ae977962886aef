import type { Reading } from "./model/types";

/** A reading as the API shows it: the photo key and earlier versions are not exposed, only counted. */
export function readingView(r: Reading) {
  return {
    meterId: r.meterId,
    period: r.period,
    values: r.values,
    consumption: r.consumption,
    kind: r.kind,
    source: r.source,
    estimated: r.estimated,
    flagged: r.flagged,
    enteredAt: r.enteredAt,
    enteredBy: r.enteredBy,
    hasPhoto: r.photoKey !== undefined,
    versions: r.history.length,
  };
}
