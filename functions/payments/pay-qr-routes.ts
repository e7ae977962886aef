import { todayIn } from "../billing/load-inputs";
import { paymentCodeIfPossible, qrPng } from "../documents/qr";
import { notFound } from "../platform/errors";
import { route } from "../platform/http/route";
import { payQrFile } from "./contracts-pay";
import { payRequestOf } from "./pay-now";

/** The payment QR as a PNG (files Lambda: it carries the QR encoder). */
export const payQrRoutes = [
  route(payQrFile, async (ctx, { params }) => {
    const { a, unit, amountMinor, lastBilledPeriod } = await payRequestOf(
      ctx.deps,
      params.associationId,
      params.unitId,
    );
    if (amountMinor <= 0 || a.bankAccounts.length === 0) throw notFound();
    const period = lastBilledPeriod ?? todayIn(a.timezone, ctx.deps.clock.now()).slice(0, 7);
    const code = paymentCodeIfPossible(a, { amountMinor, reference: unit.paymentReference, period });
    if (!code) throw notFound();
    const dataUrl = await qrPng(code);
    const png = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64");
    return new Response(new Uint8Array(png), {
      headers: { "content-type": "image/png", "cache-control": "private, no-store" },
    });
  }),
];
