/**
 * Time zones the association may declare: names of the IANA database as the runtime knows them.
 * `Intl.supportedValuesOf("timeZone")` lists only canonical names (without "UTC" and the `Etc/`
 * zones, and with some renamed zones under their old name, e.g. Europe/Kiev), so a name outside
 * that list is accepted when the runtime itself can format dates in it and it is written the way
 * the IANA database writes names (Europe/Kyiv, Etc/GMT-2, UTC), not any spelling Intl tolerates.
 */
const canonical = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);

// Each segment starts with a capital letter: "Europe/Bucharest", "America/Port-au-Prince", "Etc/GMT+2".
const ianaShape = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*){0,2}$/;

/** True when dates can be computed in `name` and it is an IANA time zone name. */
export function isTimeZone(name: string): boolean {
  if (canonical.has(name)) return true;
  if (!ianaShape.test(name)) return false;
  return runtimeKnows(name);
}

function runtimeKnows(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
