import { qrPng } from "../documents/qr";
import { notFound } from "../platform/errors";
import { route } from "../platform/http/route";
import { payQrFile } from "./contracts-pay";
import { payCodeOf, payRequestOf } from "./pay-now";

/** The payment QR as a PNG (files Lambda: it carries the QR encoder). */
export const payQrRoutes = [
  route(payQrFile, async (ctx, { params }) => {
    const request = await payRequestOf(ctx.deps, params.associationId, params.unitId);
    const code = payCodeOf(request, ctx.deps.clock.now());
    if (!code) throw notFound();
    const dataUrl = await qrPng(code);
    const png = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64");
    return new Response(new Uint8Array(png), {
      headers: { "content-type": "image/png", "cache-control": "private, no-store" },
    });
  }),
];
