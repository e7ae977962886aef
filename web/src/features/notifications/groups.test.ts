import { describe, expect, it } from "vitest";
import { preferenceGroups, unreadBadge, withChoice } from "./groups";

describe("notification preferences on the profile", () => {
  it("groups the catalogue's types by domain, keeping its order", () => {
    const rows = [
      { type: "billing.month_published" },
      { type: "meters.window_open" },
      { type: "meters.window_closing" },
      { type: "payments.formal_notice" },
    ];
    expect(preferenceGroups(rows).map((g) => [g.domain, g.rows.map((r) => r.type)])).toEqual([
      ["billing", ["billing.month_published"]],
      ["meters", ["meters.window_open", "meters.window_closing"]],
      ["payments", ["payments.formal_notice"]],
    ]);
  });

  it("shows the bell's count as people read it", () => {
    expect([0, 1, 99, 100, 2500].map(unreadBadge)).toEqual(["", "1", "99", "99+", "99+"]);
  });

  it("moves one switch of one type and leaves the rest alone", () => {
    const prefs = {
      types: [
        {
          type: "a.x",
          mandatory: false,
          channels: [
            { channel: "inbox", on: true },
            { channel: "email", on: true },
          ],
        },
        { type: "b.y", mandatory: false, channels: [{ channel: "email", on: true }] },
      ],
    };
    expect(withChoice(prefs, { type: "a.x", channel: "email", on: false }).types).toEqual([
      {
        type: "a.x",
        mandatory: false,
        channels: [
          { channel: "inbox", on: true },
          { channel: "email", on: false },
        ],
      },
      prefs.types[1],
    ]);
  });
});
