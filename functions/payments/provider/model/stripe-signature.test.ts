import fc from "fast-check";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { SignatureRejected, verifyStripeSignature } from "./stripe-signature";

/**
 * Our verifier (which keeps the Stripe library out of the `auth` Lambda) held against the
 * library's own: headers made by `generateTestHeaderString`, checked by both, must get the same
 * verdict — valid, tampered body, wrong secret, stale, forged or garbled header.
 */
const stripe = new Stripe("sk_test_x");
const tolerance = 300;

function libraryAccepts(body: string, header: string, secret: string, nowSeconds: number): boolean {
  try {
    stripe.webhooks.constructEvent(body, header, secret, tolerance, undefined, nowSeconds * 1000);
    return true;
  } catch {
    return false;
  }
}

function oursAccepts(body: string, header: string, secret: string, nowSeconds: number): boolean {
  try {
    verifyStripeSignature(body, header, secret, nowSeconds, tolerance);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(SignatureRejected);
    return false;
  }
}

const bodyArb = fc.json().map((j) => JSON.stringify({ id: "evt_1", data: j }));
const secretArb = fc.string({ minLength: 8, maxLength: 40 }).map((s) => `whsec_${s.replace(/\s/g, "x")}`);
const nowArb = fc.integer({ min: 1_700_000_000, max: 1_900_000_000 });

describe("Stripe webhook signature, verified without the library", () => {
  it("accepts exactly what the library accepts (valid, stale, future, tampered, wrong secret)", () => {
    fc.assert(
      fc.property(
        bodyArb,
        secretArb,
        nowArb,
        fc.integer({ min: -1_000, max: 1_000 }),
        fc.constantFrom("same", "tampered", "other-secret"),
        (body, secret, now, age, variant) => {
          const header = stripe.webhooks.generateTestHeaderString({
            payload: body,
            secret: variant === "other-secret" ? `${secret}x` : secret,
            timestamp: now - age,
          });
          const checked = variant === "tampered" ? `${body} ` : body;
          const ours = oursAccepts(checked, header, secret, now);
          expect(ours).toBe(libraryAccepts(checked, header, secret, now));
          expect(ours).toBe(variant === "same" && age <= tolerance);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("agrees on garbled and forged headers", () => {
    const body = '{"id":"evt_1"}';
    const secret = "whsec_test";
    const now = 1_800_000_000;
    const good = stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: now });
    const signature = good.split("v1=")[1] ?? "";
    const headers = [
      good,
      `${good},v1=deadbeef`,
      `t=${now},v1=deadbeef,v1=${signature}`,
      `v1=${signature},t=${now}`,
      `t=${now}`,
      `v1=${signature}`,
      `t=${now},v0=${signature}`,
      `t=${now + 1},v1=${signature}`,
      `t=abc,v1=${signature}`,
      "",
      "t=1,v1=00",
    ];
    for (const header of headers) {
      expect(oursAccepts(body, header, secret, now), header).toBe(libraryAccepts(body, header, secret, now));
    }
    expect(oursAccepts(body, good, secret, now)).toBe(true);
  });

  it("refuses a missing header, an empty body and a blank secret", () => {
    expect(() => verifyStripeSignature("{}", undefined, "whsec_x", 1, tolerance)).toThrow(SignatureRejected);
    expect(() => verifyStripeSignature("", "t=1,v1=00", "whsec_x", 1, tolerance)).toThrow(SignatureRejected);
    expect(() => verifyStripeSignature("{}", "t=1,v1=00", " ", 1, tolerance)).toThrow(SignatureRejected);
  });
});
