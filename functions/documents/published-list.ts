import { createHash } from "node:crypto";
import { reviewPeriod } from "../billing/review";
import { type BillingRun, type PaymentListRecord, recordPaymentList, type StoredFile } from "../billing/run-store";
import type { AppDeps } from "../platform/deps";
import type { AssociationProfile } from "../registry/associations";
import { paymentListCsv, paymentListPdf } from "./payment-list";

/*
 * The payment list of a published period is a record: rendered once, stored, and served as
 * stored from then on.
 *
 * Storing is a write, so it is never done by a GET (a prefetch, a crawler or a read-only role
 * must not change anything): `POST …/payment-list/record` stores it, exactly once, and the month's
 * review page sends it when it shows a published month. Downloads (GET) serve the stored files;
 * before the list is stored they serve the same rendering without storing it.
 *
 * Why it is not rendered inside the publish request: the PDF engine (pdfmake and its fonts) lives
 * only in the `files` Lambda (bundle budgets keep it out of the `admin` Lambda that publishes),
 * and rendering the PDF of 500 units takes 0.6–1.8 s on the embedded runtime (up to 5 s on a
 * loaded machine; 30 s for 5,000 units, the API's limit), which publish would otherwise wait for.
 * Nothing is lost by waiting: the list is rendered from the period's immutable charge entries
 * (never recomputed from rules, and without later adjustments), dated by the run's publication
 * time, in the association's language, so it comes out the same whenever it is first rendered.
 * Periods published before lists were stored (the demo back-fill) are stored the same way.
 *
 * Exactly one list per period: each file is stored under a key made of the association, the
 * period and the file's own SHA-256 (`<a>/payment-lists/<period>/<sha256>.pdf`), written before
 * the run item records it with `attribute_not_exists`. Concurrent first stores render the same
 * bytes and so write the same objects; if they ever differed (the profile edited in the same
 * instant), each wrote its own key and only the first recorded one is ever served. A crash between
 * storing and recording leaves an object nobody points to, which the next store rewrites.
 */

export type ListFormat = "pdf" | "csv";

const contentTypes: Record<ListFormat, string> = { pdf: "application/pdf", csv: "text/csv; charset=utf-8" };

export const contentTypeOf = (format: ListFormat) => contentTypes[format];

function storedFile(associationId: string, period: string, format: ListFormat, bytes: Uint8Array): StoredFile {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { key: `${associationId}/payment-lists/${period}/${sha256}.${format}`, sha256, sizeBytes: bytes.byteLength };
}

/** Renders both files from the ledger, in the association's language, dated when the period was published. */
export async function renderPublishedList(
  deps: AppDeps,
  a: AssociationProfile,
  run: BillingRun,
): Promise<Record<ListFormat, Buffer>> {
  const list = await reviewPeriod(deps, a, run.period, a.locale);
  const createdAt = new Date(run.publishedAt ?? `${run.postedOn ?? `${run.period}-01`}T00:00:00Z`);
  return {
    // The byte-order mark makes spreadsheet programs read the CSV as UTF-8 (diacritics, Cyrillic).
    csv: Buffer.from(`\uFEFF${paymentListCsv(list, a.locale)}`, "utf8"),
    pdf: await paymentListPdf(a, list, a.locale, createdAt),
  };
}

/** The record of a published run, rendering and storing its files first when there is none yet (a write). */
export async function storePublishedList(
  deps: AppDeps,
  a: AssociationProfile,
  run: BillingRun,
): Promise<PaymentListRecord> {
  if (run.paymentList) return run.paymentList;
  const files = await renderPublishedList(deps, a, run);
  const mine: PaymentListRecord = {
    storedAt: deps.clock.now().toISOString(),
    locale: a.locale,
    pdf: storedFile(a.associationId, run.period, "pdf", files.pdf),
    csv: storedFile(a.associationId, run.period, "csv", files.csv),
  };
  await Promise.all((["pdf", "csv"] as const).map((f) => deps.blobs.put(mine[f].key, files[f], contentTypeOf(f))));
  return recordPaymentList(deps, a.associationId, run.period, mine);
}

/** One file of a published run: as stored, or — not stored yet — rendered the same way, storing nothing. */
export async function publishedFile(
  deps: AppDeps,
  a: AssociationProfile,
  run: BillingRun,
  format: ListFormat,
): Promise<Uint8Array> {
  if (run.paymentList) return deps.blobs.get(run.paymentList[format].key);
  return (await renderPublishedList(deps, a, run))[format];
}
