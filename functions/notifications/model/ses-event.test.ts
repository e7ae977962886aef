import { describe, expect, it } from "vitest";
import { deliveryIdOf, mailKeyOf } from "./delivery-id";
import { mailEventOf, sesBodiesOf } from "./ses-event";

const id = deliveryIdOf("payments.reminder_first", "ro-lalelelor-m7", "u012/2026-11/first", "p1");
const mail = { timestamp: "2026-12-07T09:00:00Z", tags: { "domus-key": [mailKeyOf("payments.reminder_first", id)] } };

describe("SES events", () => {
  it("gives the same once-only id for the same notice and a different one for another person", () => {
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(deliveryIdOf("payments.reminder_first", "ro-lalelelor-m7", "u012/2026-11/first", "p1")).toBe(id);
    expect(deliveryIdOf("payments.reminder_first", "ro-lalelelor-m7", "u012/2026-11/first", "p2")).not.toBe(id);
  });

  it("reads bounces and complaints from EventBridge and SNS, and ignores other mail", () => {
    const bounce = { eventType: "Bounce", bounce: { bounceType: "Transient", timestamp: "t1" }, mail };
    expect(sesBodiesOf({ detail: bounce }).map(mailEventOf)).toEqual([
      { deliveryId: id, status: "bounced", permanent: false, at: "t1" },
    ]);
    const complaint = { notificationType: "Complaint", complaint: { timestamp: "t2" }, mail };
    const sns = { Records: [{ Sns: { Message: JSON.stringify(complaint) } }, { Sns: { Message: "not json" } }] };
    expect(sesBodiesOf(sns).map(mailEventOf)).toEqual([
      { deliveryId: id, status: "complained", permanent: true, at: "t2" },
    ]);
    expect(mailEventOf({ eventType: "Delivery", mail })).toBeUndefined();
    expect(mailEventOf({ eventType: "Bounce", mail: { tags: { "domus-key": ["identity-invite"] } } })).toBeUndefined();
  });
});
