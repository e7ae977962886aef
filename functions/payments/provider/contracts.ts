import { z } from "zod";
import { defineContract } from "../../platform/http/contract";
import { associationParams, currencySchema, idSchema, minorSchema, unitParams } from "../../platform/model/schemas";
import { amountTextSchema } from "../schemas";

/** The card processor's settings: enabled, the association's own connected account, the fee. */
export const providerSettingsBody = z
  .object({
    enabled: z.boolean(),
    provider: z.literal("stripe"),
    /** Empty until the association has its own Stripe account connected. */
    accountId: z.union([z.literal(""), z.string().regex(/^acct_[A-Za-z0-9]{6,40}$/, "payment.account_invalid")]),
    fee: z
      .object({
        /** Percent as a decimal string, "1.4" = 1.4 % (at most 10). */
        percent: z.string().regex(/^\d{1,2}(\.\d{1,4})?$/, "payment.fee_percent_invalid"),
        /** Fixed part in minor units (at most 100.00). */
        fixedMinor: z.number().int().min(0).max(10_000),
      })
      .strict(),
  })
  .strict();

const settingsView = z.object({
  /** The platform has Stripe keys configured (without them the card option never shows). */
  platformConfigured: z.boolean(),
  settings: providerSettingsBody.extend({ updatedAt: z.string().optional() }),
  /** What an owner would pay on top of 100.00, as a check of the fee policy. */
  example: z.object({ amountMinor: minorSchema, feeMinor: minorSchema, totalMinor: minorSchema }).optional(),
});

const path = "/api/admin/associations/{associationId}/payment-provider";

export const getProviderSettingsContract = defineContract({
  id: "payments.getProviderSettings",
  group: "admin",
  method: "get",
  path,
  summary: "The card processor settings of the association (connected account, fee); secrets are never shown",
  access: { kind: "action", action: "payments.read" },
  params: associationParams,
  response: settingsView,
});

export const putProviderSettingsContract = defineContract({
  id: "payments.putProviderSettings",
  group: "admin",
  method: "put",
  path,
  summary: "Turns card payments on or off: the association's own connected account and the fee owners see",
  access: { kind: "action", action: "payments.settings" },
  params: associationParams,
  body: providerSettingsBody,
  response: settingsView,
});

/** Step 1 without `acceptedTotalMinor`: the fee quote only. Step 2 with it: the processor's checkout URL. */
export const startCardPaymentContract = defineContract({
  id: "owner.startCardPayment",
  group: "owner",
  method: "post",
  path: "/api/owner/associations/{associationId}/units/{unitId}/card-payment",
  summary:
    "Card payment: quotes the fee and total first; once the owner accepts that total, opens the processor's checkout (money settles to the association's own account)",
  access: { kind: "action", action: "account.read" },
  params: unitParams,
  body: z
    .object({
      amount: amountTextSchema,
      /** The total the owner saw and accepted; a different quote now answers 409. */
      acceptedTotalMinor: minorSchema.optional(),
      /** One key per confirmation: a double click opens the same checkout. */
      idempotencyKey: idSchema.optional(),
    })
    .strict(),
  response: z.object({
    currency: currencySchema,
    amountMinor: minorSchema,
    feeMinor: minorSchema,
    totalMinor: minorSchema,
    checkoutUrl: z.string().optional(),
  }),
});

/**
 * The processor's notification (Stripe → Domus). In the `auth` group: the one group whose routes
 * are meant to be reached without a session. No session, no CSRF: the signature over the raw
 * body is the authentication; a bad or stale signature answers 400 and writes nothing.
 */
export const stripeWebhookContract = defineContract({
  id: "payments.stripeWebhook",
  group: "auth",
  method: "post",
  path: "/api/auth/webhooks/stripe",
  summary: "Stripe's signed notifications; a paid checkout records the payment exactly once",
  access: { kind: "webhook", verifiedBy: "signature" },
  response: z.object({ received: z.boolean(), recorded: z.boolean() }),
  // 400: a bad or stale signature; 404: card payments are not configured on this installation.
  errors: [400, 404],
});
