import type { Format } from "../../lib/format";

/** The change since last month, or undefined when there was no last month to compare with. */
export function differenceOf(current: number, previous: number | undefined): number | undefined {
  return previous === undefined ? undefined : current - previous;
}

/** An amount, or a dash when there is none (no previous month). */
export function MoneyOrDash({ minor, f }: { minor: number | undefined; f: Format }) {
  return <>{minor === undefined ? "—" : f.money(minor)}</>;
}

/** A signed change, coloured up or down; a dash when there is nothing to compare with. */
export function Difference({ minor, f }: { minor: number | undefined; f: Format }) {
  if (minor === undefined) return <>—</>;
  const cls = minor > 0 ? "diff diff--up" : minor < 0 ? "diff diff--down" : "diff";
  return <span className={cls}>{f.money(minor, true)}</span>;
}
