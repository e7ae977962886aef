import { describe, expect, it } from "vitest";
import { applyChanges, isOn, problemsOf } from "./choices";

describe("a person's choices", () => {
  it("follows the catalogue's defaults until the person chooses", () => {
    expect(isOn("payments.reminder_first", "email", {})).toBe(true);
    expect(isOn("payments.reminder_first", "inbox", {})).toBe(true);
    const off = applyChanges({}, [{ type: "payments.reminder_first", channel: "email", on: false }]);
    expect(isOn("payments.reminder_first", "email", off)).toBe(false);
    expect(isOn("payments.reminder_first", "inbox", off)).toBe(true);
  });

  it("keeps legal notices on whatever is stored, old or new", () => {
    const stored = { "payments.formal_notice": { email: false, inbox: false } };
    expect(isOn("payments.formal_notice", "email", stored, { paymentReminders: false })).toBe(true);
    expect(isOn("payments.formal_notice", "inbox", stored)).toBe(true);
  });

  it("reads the switches saved before the service, until the person chooses again", () => {
    expect(isOn("payments.reminder_second", "email", {}, { paymentReminders: false })).toBe(false);
    expect(isOn("billing.month_published", "email", {}, { charges: false })).toBe(false);
    // Meter reminders chosen before their own switch followed announcements.
    expect(isOn("meters.window_open", "email", {}, { announcements: false })).toBe(false);
    expect(isOn("meters.window_open", "email", {}, { announcements: false, meterReminders: true })).toBe(true);
    // The old switches were about email only; a new choice wins over them.
    expect(isOn("meters.window_open", "inbox", {}, { announcements: false })).toBe(true);
    const again = { "meters.window_open": { email: true } };
    expect(isOn("meters.window_open", "email", again, { meterReminders: false })).toBe(true);
  });

  it("names each change a person may not make", () => {
    expect(
      problemsOf([
        { type: "meters.window_open", channel: "email", on: false },
        { type: "payments.formal_notice", channel: "email", on: false },
        { type: "payments.formal_notice", channel: "inbox", on: true },
      ]),
    ).toEqual([{ index: 1, code: "notifications.mandatory" }]);
  });
});
