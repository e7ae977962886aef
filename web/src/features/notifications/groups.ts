/** The domain a message type belongs to: the part before the dot (`payments.reminder_first` → `payments`). */
export function domainOf(type: string): string {
  return type.split(".", 1)[0] ?? type;
}

/** Rows grouped by domain, in the order the server's catalogue lists them (pure). */
export function preferenceGroups<R extends { type: string }>(rows: readonly R[]): { domain: string; rows: R[] }[] {
  const groups: { domain: string; rows: R[] }[] = [];
  for (const row of rows) {
    const domain = domainOf(row.type);
    const last = groups.find((g) => g.domain === domain);
    if (last) last.rows.push(row);
    else groups.push({ domain, rows: [row] });
  }
  return groups;
}

/** What the bell's badge shows: nothing at 0, the number up to 99, then "99+". */
export function unreadBadge(unread: number): string {
  if (unread <= 0) return "";
  return unread > 99 ? "99+" : String(unread);
}

type Row<T, C> = { type: T; channels: { channel: C; on: boolean }[] };

/** The choices with one switch changed (pure), so a box moves at once while the server saves. */
export function withChoice<T, C, R extends Row<T, C>>(prefs: { types: R[] }, c: { type: T; channel: C; on: boolean }) {
  return {
    types: prefs.types.map((row) =>
      row.type !== c.type
        ? row
        : { ...row, channels: row.channels.map((ch) => (ch.channel === c.channel ? { ...ch, on: c.on } : ch)) },
    ),
  };
}
