import { requireAssociation, todayIn } from "../billing/load-inputs";
import { domainGuard } from "../kernel/domain-errors";
import { parseDecimalToMinor } from "../kernel/money";
import { appError, notFound } from "../platform/errors";
import { type RouteContext, route } from "../platform/http/route";
import { translate } from "../platform/i18n";
import type { AssociationProfile } from "../registry/associations";
import { readUnit } from "../registry/units";
import { accountOpenItems } from "./account-items";
import * as c from "./contracts";
import { manualPaymentId } from "./model/payment-entries";
import { listPayments } from "./payment-store";
import { presentDebts, presentPayment } from "./present";
import { recordPayment, reversePayment } from "./record-payment";
import "./messages";

type RecordBody = (typeof c.recordPaymentBody)["_output"];

async function manualPayment(ctx: RouteContext, a: AssociationProfile, body: RecordBody) {
  if (body.method === "cash" && !body.receiptNumber) {
    throw appError("request.invalid", { fields: [{ path: "receiptNumber", code: "field.required" }] });
  }
  if (!(await readUnit(ctx.deps, a.associationId, body.unitId))) {
    throw appError("request.invalid", { fields: [{ path: "unitId", code: "billing.unknown_unit" }] });
  }
  const amountMinor = await domainGuard(() => parseDecimalToMinor(body.amount, a.currency, "amount"), "amount");
  const description =
    body.method === "cash"
      ? translate(a.locale, "payment.desc.cash", { receipt: body.receiptNumber ?? "" })
      : translate(a.locale, "payment.desc.transfer");
  return recordPayment(ctx.deps, a.associationId, {
    paymentId: manualPaymentId(a.associationId, body.idempotencyKey),
    unitId: body.unitId,
    amountMinor,
    date: body.date,
    method: body.method,
    description,
    receiptNumber: body.receiptNumber,
    payerName: body.payerName,
    note: body.note,
  });
}

/** Payments in: recorded by hand, listed, reversed; open debts of a unit. */
export const paymentRoutes = [
  route(c.recordPaymentContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const out = await manualPayment(ctx, a, body);
    return { payment: presentPayment(out.payment), created: out.created };
  }),

  route(c.listPaymentsContract, async (ctx, { params, query }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const all = await listPayments(ctx.deps, a.associationId);
    const payments = all.filter((p) => !query.unitId || p.unitId === query.unitId).map(presentPayment);
    return { currency: a.currency, payments };
  }),

  route(c.reversePaymentContract, async (ctx, { params, body }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    const date = body.date ?? todayIn(a.timezone, ctx.deps.clock.now());
    return reversePayment(ctx.deps, a.associationId, params.paymentId, { date, reason: body.reason });
  }),

  route(c.unitDebtsContract, async (ctx, { params }) => {
    const a = await requireAssociation(ctx.deps, params.associationId);
    if (!(await readUnit(ctx.deps, a.associationId, params.unitId))) throw notFound();
    const items = await accountOpenItems(ctx.deps, a.associationId, params.unitId);
    return { currency: a.currency, ...presentDebts(items) };
  }),
];
