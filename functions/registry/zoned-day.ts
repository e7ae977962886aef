import { appError } from "../platform/errors";
import { isTimeZone } from "./model/time-zone";

/**
 * Today's calendar day (YYYY-MM-DD) in an association's time zone. A profile saved before time
 * zones were validated may hold a name the runtime cannot use: the request then answers a
 * translated 409 pointing at the profile, instead of Intl's RangeError becoming a 500.
 */
export function dayInZone(timezone: string, at: Date): string {
  if (!isTimeZone(timezone)) throw appError("registry.timezone_unusable", { status: 409, params: { timezone } });
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}
