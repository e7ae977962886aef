import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAccountHead } from "../../functions/ledger/account-store";
import { totalOf } from "../../functions/ledger/model/entry";
import { readEntries } from "../../functions/ledger/read-entries";
import { listPayments } from "../../functions/payments/payment-store";
import { WebhookRejected } from "../../functions/payments/provider/port";
import { StripeProvider } from "../../functions/payments/provider/stripe";
import { cardPaymentId } from "../../functions/payments/provider/webhook-routes";
import { createLogger } from "../../functions/platform/log";
import { testNow } from "../support/test-clock";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * Card payments through Stripe Checkout on the association's own connected account, offline:
 * the Stripe API is a local fake on 127.0.0.1 (or the library's fetch client over a fake fetch), and
 * webhooks are signed with the library's own `generateTestHeaderString`.
 */
const secrets = { secretKey: "sk_test_domus0000", webhookSecret: "whsec_domustest0000" };
const stripe = new Stripe(secrets.secretKey);
const ro = "ro-lalelelor-m7";
const account = "acct_1DomusLalele7";
const webhook = "/api/auth/webhooks/stripe";

interface Captured {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: URLSearchParams;
}
const captured: Captured[] = [];
let fakeStripe: Server;
let domus: TestDomus;
const logs: string[] = [];
const admin = new ApiClient("", "en");
const accountant = new ApiClient("", "en");
const owner = new ApiClient("", "ro");

/** A minimal Stripe API: creating a checkout session answers like Stripe does. */
function startFakeStripeApi(): Promise<string> {
  fakeStripe = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      captured.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: new URLSearchParams(raw),
      });
      const id = `cs_test_${captured.length}`;
      res.writeHead(200, { "content-type": "application/json", "request-id": `req_${captured.length}` });
      res.end(JSON.stringify({ id, object: "checkout.session", url: `https://checkout.stripe.com/c/pay/${id}` }));
    });
  });
  return new Promise((done) =>
    fakeStripe.listen(0, "127.0.0.1", () => done(`http://127.0.0.1:${(fakeStripe.address() as AddressInfo).port}`)),
  );
}

beforeAll(async () => {
  const apiBase = await startFakeStripeApi();
  domus = await startTestDomus({
    stripe: { ...secrets, apiBase },
    log: createLogger("info", { service: "domus" }, (line) => logs.push(line)),
  });
  for (const api of [admin, accountant, owner]) Object.assign(api, { baseUrl: domus.url });
  expect((await signInWithTotp(admin, "admin@example.com")).status).toBe(200);
  expect((await signInWithTotp(accountant, "maria.stan@example.com")).status).toBe(200);
  expect((await owner.signIn("ana.popescu@example.com")).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
  await new Promise((done) => fakeStripe?.close(done));
});

async function balanceOf(unitId: string) {
  const head = await readAccountHead(domus.deps, ro, unitId, true);
  return totalOf(head?.balances ?? {});
}

/** A `checkout.session.completed` event from the connected account, as Stripe sends it. */
function completedEvent(sessionId: string, opts: { amountMinor?: number; feeMinor?: number; eventId?: string } = {}) {
  const amountMinor = opts.amountMinor ?? 10_000;
  const feeMinor = opts.feeMinor ?? 200;
  return JSON.stringify(
    {
      id: opts.eventId ?? `evt_${sessionId}`,
      object: "event",
      api_version: "2025-01-27.acacia",
      account,
      created: Math.floor(testNow() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: "checkout.session.completed",
      data: {
        object: {
          id: sessionId,
          object: "checkout.session",
          mode: "payment",
          status: "complete",
          payment_status: "paid",
          payment_intent: `pi_${sessionId}`,
          currency: "ron",
          amount_total: amountMinor + feeMinor,
          metadata: {
            domus_association: ro,
            domus_unit: "u012",
            domus_amount_minor: String(amountMinor),
            domus_fee_minor: String(feeMinor),
          },
        },
      },
    },
    null,
    2,
  );
}

/** Posts a webhook like Stripe: no cookie, no CSRF token, the signature header only. */
function deliver(payload: string, signature: string | undefined) {
  return fetch(`${domus.url}${webhook}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
    body: payload,
  });
}

const sign = (payload: string, opts: { secret?: string; timestamp?: number } = {}) =>
  stripe.webhooks.generateTestHeaderString({
    payload,
    secret: opts.secret ?? secrets.webhookSecret,
    timestamp: opts.timestamp ?? Math.floor(testNow() / 1000),
  });

describe("Stripe adapter (the library's fetch client over a fake fetch)", () => {
  it("builds a direct-charge checkout on the connected account, fee as its own line", async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      requests.push({ url: String(url), init });
      return new Response(
        JSON.stringify({
          id: "cs_test_fake",
          object: "checkout.session",
          url: "https://checkout.stripe.com/c/pay/cs_test_fake",
        }),
        {
          status: 200,
          headers: { "content-type": "application/json" },
        },
      );
    }) as typeof fetch;
    const provider = new StripeProvider(
      secrets,
      { percent: "1.5", fixedMinor: 50 },
      Stripe.createFetchHttpClient(fakeFetch),
    );
    const quote = provider.quote(31_240, "RON");
    expect(quote).toEqual({ currency: "RON", amountMinor: 31_240, feeMinor: 519, totalMinor: 31_759 });
    const session = await provider.createCheckout({
      accountId: account,
      associationId: ro,
      unitId: "u012",
      quote,
      amountLabel: "Apartment 12, reference RO-12",
      feeLabel: "Card processing fee",
      successUrl: "https://domus.example/a/ro/u/u012/pay?card=done",
      cancelUrl: "https://domus.example/a/ro/u/u012/pay?card=cancelled",
      idempotencyKey: "co-key-1",
    });
    expect(session).toEqual({ sessionId: "cs_test_fake", url: "https://checkout.stripe.com/c/pay/cs_test_fake" });
    expect(requests).toHaveLength(1);
    const [req] = requests;
    expect(req?.url).toBe("https://api.stripe.com/v1/checkout/sessions");
    const headers = new Headers(req?.init?.headers as HeadersInit);
    expect(headers.get("stripe-account")).toBe(account);
    expect(headers.get("idempotency-key")).toBe("co-key-1");
    expect(headers.get("authorization")).toBe(`Bearer ${secrets.secretKey}`);
    const body = new URLSearchParams(String(req?.init?.body));
    expect(body.get("mode")).toBe("payment");
    expect(body.get("line_items[0][price_data][unit_amount]")).toBe("31240");
    expect(body.get("line_items[0][price_data][currency]")).toBe("ron");
    expect(body.get("line_items[1][price_data][unit_amount]")).toBe("519");
    expect(body.get("line_items[1][price_data][product_data][name]")).toBe("Card processing fee");
    expect(body.get("metadata[domus_amount_minor]")).toBe("31240");
    expect(body.get("metadata[domus_fee_minor]")).toBe("519");
    // No custody: no destination transfer through the platform and no application fee.
    expect([...body.keys()].some((k) => k.includes("transfer_data") || k.includes("application_fee"))).toBe(false);
  });

  it("verifies webhooks with the library: valid, tampered, wrong secret, stale", () => {
    const provider = new StripeProvider(secrets, { percent: "0", fixedMinor: 0 });
    const payload = completedEvent("cs_test_unit");
    const now = new Date(testNow());
    const event = provider.parseWebhook(payload, { "stripe-signature": sign(payload) }, now);
    expect(event).toMatchObject({
      kind: "checkout_paid",
      sessionId: "cs_test_unit",
      accountId: account,
      totalMinor: 10_200,
    });
    const rejected = (body: string, header: string | undefined) => () =>
      provider.parseWebhook(body, { "stripe-signature": header }, now);
    expect(rejected(payload.replace("10200", "99999"), sign(payload))).toThrow(WebhookRejected);
    expect(rejected(payload, sign(payload, { secret: "whsec_other" }))).toThrow(WebhookRejected);
    expect(rejected(payload, sign(payload, { timestamp: Math.floor(now.getTime() / 1000) - 3600 }))).toThrow(
      WebhookRejected,
    );
    expect(rejected(payload, undefined)).toThrow(WebhookRejected);
  });
});

describe("card payments end to end (a local fake Stripe API, signed webhooks)", () => {
  const settingsPath = `/api/admin/associations/${ro}/payment-provider`;
  const cardPath = `/api/owner/associations/${ro}/units/u012/card-payment`;
  const enabled = { enabled: true, provider: "stripe", accountId: account, fee: { percent: "1.5", fixedMinor: 50 } };

  it("is off until a manager enables it with the association's own account", async () => {
    expect((await owner.get(`/api/owner/associations/${ro}/units/u012/pay`)).body).toMatchObject({
      cardAvailable: false,
    });
    expect((await owner.post(cardPath, { amount: "100.00" })).status).toBe(422);
    const view = await accountant.get(settingsPath);
    expect(view.body).toMatchObject({ platformConfigured: true, settings: { enabled: false } });
    expect((await accountant.call("PUT", settingsPath, enabled)).status).toBe(403);
    expect((await admin.call("PUT", settingsPath, { ...enabled, accountId: "" })).status).toBe(422);
    expect((await admin.call("PUT", settingsPath, { ...enabled, accountId: "acct_x" })).status).toBe(400);
    expect((await admin.call("PUT", settingsPath, { ...enabled, fee: { percent: "12", fixedMinor: 0 } })).status).toBe(
      422,
    );
    const saved = await admin.call("PUT", settingsPath, enabled);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      settings: enabled,
      example: { amountMinor: 10_000, feeMinor: 200, totalMinor: 10_200 },
    });
    expect(JSON.stringify(saved.body)).not.toMatch(/sk_test|whsec_/);
  });

  it("shows the fee before paying, then opens the checkout for the accepted total", async () => {
    const pay = await owner.get<{ cardAvailable: boolean; amountMinor: number; cardQuote?: { feeMinor: number } }>(
      `/api/owner/associations/${ro}/units/u012/pay`,
    );
    expect(pay.body.cardAvailable).toBe(true);
    if (pay.body.amountMinor > 0) expect(pay.body.cardQuote?.feeMinor).toBeGreaterThan(0);
    const quote = await owner.post(cardPath, { amount: "100.00" });
    expect(quote.status).toBe(200);
    expect(quote.body).toEqual({ currency: "RON", amountMinor: 10_000, feeMinor: 200, totalMinor: 10_200 });
    expect(captured).toHaveLength(0); // a quote calls nobody
    expect((await owner.post(cardPath, { amount: "100.00", acceptedTotalMinor: 10_100 })).status).toBe(409);
    expect((await owner.post(cardPath, { amount: "0" })).status).toBe(422);
    expect((await owner.post(cardPath, { amount: "10.001" })).status).toBe(422);
    expect((await owner.post(cardPath, { amount: "200000.00" })).status).toBe(422);
    expect(captured).toHaveLength(0);
    const go = await owner.post(cardPath, { amount: "100.00", acceptedTotalMinor: 10_200, idempotencyKey: "click-1" });
    expect(go.status).toBe(200);
    expect(go.body.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/);
    const [req] = captured;
    expect(req?.path).toBe("/v1/checkout/sessions");
    expect(req?.headers["stripe-account"]).toBe(account);
    expect(req?.headers["idempotency-key"]).toMatch(/^co/);
    expect(req?.body.get("line_items[1][price_data][unit_amount]")).toBe("200");
    expect(req?.body.get("metadata[domus_association]")).toBe(ro);
    expect(req?.body.get("success_url")).toBe(`${domus.url}/a/${ro}/u/u012/pay?card=done`);
    // Another owner's unit: refused before anything reaches Stripe.
    expect((await owner.post(`/api/owner/associations/${ro}/units/u013/card-payment`, { amount: "1.00" })).status).toBe(
      403,
    );
  });

  it("refuses bad signatures with 400, logs them and writes nothing", async () => {
    const before = await balanceOf("u012");
    const payments = (await listPayments(domus.deps, ro)).length;
    const payload = completedEvent("cs_test_forged");
    const stale = Math.floor(testNow() / 1000) - 3600;
    const attempts = [
      await deliver(payload.replace('"domus_amount_minor": "10000"', '"domus_amount_minor": "99999"'), sign(payload)),
      await deliver(payload, sign(payload, { secret: "whsec_wrongsecret" })),
      await deliver(payload, sign(payload, { timestamp: stale })),
      await deliver(payload, undefined),
      await deliver(payload, "t=1,v1=deadbeef"),
    ];
    expect(attempts.map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
    expect(((await (attempts[0] as Response).json()) as { error: { code: string } }).error.code).toBe(
      "payment.webhook_invalid",
    );
    expect(logs.filter((l) => l.includes("payment webhook refused")).length).toBeGreaterThanOrEqual(5);
    expect(await balanceOf("u012")).toBe(before);
    expect((await listPayments(domus.deps, ro)).length).toBe(payments);
  });

  it("records a paid checkout exactly once: redelivered and concurrent events", async () => {
    const before = await balanceOf("u012");
    const payload = completedEvent("cs_test_paid1");
    const first = await deliver(payload, sign(payload));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, recorded: true });
    const again = await deliver(payload, sign(payload));
    expect(await again.json()).toEqual({ received: true, recorded: false });
    expect(await balanceOf("u012")).toBe(before - 10_000);

    // A new session, its event delivered four times at once (plus an unsigned copy, refused).
    const concurrent = completedEvent("cs_test_paid2", { amountMinor: 4_321, feeMinor: 115 });
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        i === 4
          ? deliver(
              concurrent.replace("checkout.session.completed", "checkout.session.async_payment_succeeded"),
              undefined,
            )
          : deliver(concurrent, sign(concurrent)),
      ),
    );
    expect(answers.slice(0, 4).map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const asyncBody = concurrent.replace("checkout.session.completed", "checkout.session.async_payment_succeeded");
    expect((await (await deliver(asyncBody, sign(asyncBody))).json()).recorded).toBe(false);
    expect(await balanceOf("u012")).toBe(before - 10_000 - 4_321);

    const all = await listPayments(domus.deps, ro);
    const card = all.filter((p) => p.method === "card");
    expect(card.map((p) => p.paymentId).sort()).toEqual(
      [cardPaymentId(ro, "cs_test_paid1"), cardPaymentId(ro, "cs_test_paid2")].sort(),
    );
    expect(card.find((p) => p.paymentId === cardPaymentId(ro, "cs_test_paid1"))?.details.amountMinor).toBe(10_000);
    // The owner sees it among their payments at once, allocated like any other payment.
    const mine = await owner.get<{ payments: { paymentId: string; amountMinor: number }[] }>(
      `/api/owner/associations/${ro}/units/u012/payments`,
    );
    expect(mine.body.payments.find((p) => p.paymentId === cardPaymentId(ro, "cs_test_paid1"))?.amountMinor).toBe(
      10_000,
    );
    // Each stored balance equals the sum of its immutable entries.
    const head = await readAccountHead(domus.deps, ro, "u012", true);
    const entries = await readEntries(domus.deps, head?.key as never, ro, "u012");
    expect(entries.reduce((s, e) => s + e.amountMinor, 0)).toBe(totalOf(head?.balances ?? {}));
  });

  it("acknowledges but does not book an event from another account or with amounts that do not add up", async () => {
    const before = await balanceOf("u012");
    const foreign = completedEvent("cs_test_foreign").replace(
      `"account": "${account}"`,
      '"account": "acct_1SomebodyElse"',
    );
    const bad = completedEvent("cs_test_badsum", { amountMinor: 5_000, feeMinor: 100 }).replace(
      '"amount_total": 5100',
      '"amount_total": 4000',
    );
    for (const payload of [foreign, bad]) {
      const answer = await deliver(payload, sign(payload));
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ received: true, recorded: false });
    }
    expect(await balanceOf("u012")).toBe(before);
    expect(logs.filter((l) => l.includes("card payment not booked")).length).toBe(2);
    // Events Domus does not act on are acknowledged.
    const other = JSON.stringify({
      id: "evt_other",
      object: "event",
      type: "customer.created",
      created: 1,
      data: { object: { id: "cus_1", object: "customer" } },
    });
    expect(await (await deliver(other, sign(other))).json()).toEqual({ received: true, recorded: false });
  });
});
