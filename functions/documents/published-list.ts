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
 * Why it is rendered on the first download after publishing and not inside the publish request:
 * the PDF engine (pdfmake and its fonts) lives only in the `files` Lambda (bundle budgets keep it
 * out of the `admin` Lambda that publishes), and rendering the PDF of 500 units takes 0.6–1.8 s on
 * the embedded runtime (up to 5 s on a loaded machine), which publish would otherwise wait for.
 * The first download pays for it instead, once, together with reading the entries back (one
 * query and, in a cold process, one KMS Decrypt per account; see the billing section of
 * `npm run bench`). Nothing is lost by waiting: the
 * list is rendered from the period's immutable charge entries (never recomputed from rules, and
 * without later adjustments), dated by the run's publication time, in the association's language,
 * so it comes out the same whenever it is first rendered. Periods published before lists were
 * stored (the demo back-fill) get theirs the same way.
 *
 * Exactly one list per period: each file is stored under a key made of the association, the
 * period and the file's own SHA-256 (`<a>/payment-lists/<period>/<sha256>.pdf`), written before
 * the run item records it with `attribute_not_exists`. Concurrent first downloads render the same
 * bytes and so write the same objects; if they ever differed (the profile edited in the same
 * instant), each wrote its own key and only the first recorded one is ever served. A crash between
 * storing and recording leaves an object nobody points to, which the next download rewrites.
 */

export type ListFormat = "pdf" | "csv";

const contentTypes: Record<ListFormat, string> = { pdf: "application/pdf", csv: "text/csv; charset=utf-8" };

export const contentTypeOf = (format: ListFormat) => contentTypes[format];

function storedFile(associationId: string, period: string, format: ListFormat, bytes: Uint8Array): StoredFile {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { key: `${associationId}/payment-lists/${period}/${sha256}.${format}`, sha256, sizeBytes: bytes.byteLength };
}

/** Renders both files from the ledger, in the association's language, dated when the period was published. */
async function render(deps: AppDeps, a: AssociationProfile, run: BillingRun): Promise<Record<ListFormat, Buffer>> {
  const list = await reviewPeriod(deps, a, run.period, a.locale);
  const createdAt = new Date(run.publishedAt ?? `${run.postedOn ?? `${run.period}-01`}T00:00:00Z`);
  return {
    // The byte-order mark makes spreadsheet programs read the CSV as UTF-8 (diacritics, Cyrillic).
    csv: Buffer.from(`\uFEFF${paymentListCsv(list, a.locale)}`, "utf8"),
    pdf: await paymentListPdf(a, list, a.locale, createdAt),
  };
}

export interface PublishedList {
  record: PaymentListRecord;
  /** The bytes, when this request rendered exactly what is recorded (saves reading them back). */
  files?: Record<ListFormat, Buffer>;
}

/** The stored list of a published run, rendering and storing it first when there is none yet. */
export async function publishedList(deps: AppDeps, a: AssociationProfile, run: BillingRun): Promise<PublishedList> {
  if (run.paymentList) return { record: run.paymentList };
  const files = await render(deps, a, run);
  const mine: PaymentListRecord = {
    storedAt: deps.clock.now().toISOString(),
    locale: a.locale,
    pdf: storedFile(a.associationId, run.period, "pdf", files.pdf),
    csv: storedFile(a.associationId, run.period, "csv", files.csv),
  };
  await Promise.all((["pdf", "csv"] as const).map((f) => deps.blobs.put(mine[f].key, files[f], contentTypeOf(f))));
  const record = await recordPaymentList(deps, a.associationId, run.period, mine);
  const same = record.pdf.sha256 === mine.pdf.sha256 && record.csv.sha256 === mine.csv.sha256;
  return same ? { record, files } : { record };
}

/** The bytes of one stored file of the list. */
export async function publishedFile(deps: AppDeps, list: PublishedList, format: ListFormat): Promise<Uint8Array> {
  return list.files?.[format] ?? deps.blobs.get(list.record[format].key);
}
