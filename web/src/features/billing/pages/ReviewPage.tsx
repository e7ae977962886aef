import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { paymentListFile } from "../../../../../functions/documents/contracts";
import { ApiError } from "../../../api/client";
import { toAdmin } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { currentLocale } from "../../../i18n";
import { type Review, type Run, useAdjust, useDraft, usePublish, useReview, useRuns } from "../lib/api";
import { downloadFile, fileUrl } from "../lib/download";
import { ExplainedLine } from "../lib/explain";
import { parseAmountInput, useFormat } from "../lib/format";
import { useAssociationCurrency } from "../lib/period";
import { Field, fieldError, newId, PageHeader, RequestError, Status, TableWrap } from "../lib/ui";
import { chargeFunds } from "./RulesPage";

const steps = ["draft", "review", "published"] as const;

/** Draft → review → published, as an ordered list with the current step marked. */
function Steps({ current }: { current: (typeof steps)[number] }) {
  const { t } = useTranslation("billing");
  const index = steps.indexOf(current);
  return (
    <ol className="steps" aria-label={t("billing.progress")} data-testid="billing-steps" data-current={current}>
      {steps.map((s, i) => (
        <li
          key={s}
          className={`steps__step ${i < index ? "steps__step--done" : ""} ${i === index ? "steps__step--current" : ""}`}
          aria-current={i === index ? "step" : undefined}
        >
          <span className="steps__number" aria-hidden="true">
            {i < index ? "✓" : i + 1}
          </span>
          {t(`steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}

function Difference({ minor, f }: { minor: number | undefined; f: ReturnType<typeof useFormat> }) {
  if (minor === undefined) return <>—</>;
  const cls = minor > 0 ? "diff diff--up" : minor < 0 ? "diff diff--down" : "diff";
  return <span className={cls}>{f.money(minor, true)}</span>;
}

function Totals({ review, f }: { review: Review; f: ReturnType<typeof useFormat> }) {
  const { t } = useTranslation("billing");
  const diff = review.previousTotalMinor === undefined ? undefined : review.totalMinor - review.previousTotalMinor;
  return (
    <dl className="facts facts--big" data-testid="review-totals" data-total-minor={review.totalMinor}>
      <div>
        <dt>{t("review.total")}</dt>
        <dd>{f.money(review.totalMinor)}</dd>
      </div>
      <div>
        <dt>{t("review.previous")}</dt>
        <dd>{review.previousTotalMinor === undefined ? "—" : f.money(review.previousTotalMinor)}</dd>
      </div>
      <div>
        <dt>{t("review.difference")}</dt>
        <dd>
          <Difference minor={diff} f={f} />
        </dd>
      </div>
      <div>
        <dt>{t("billing.units")}</dt>
        <dd>{review.run.unitCount}</dd>
      </div>
    </dl>
  );
}

function ChargesTable({ review, f }: { review: Review; f: ReturnType<typeof useFormat> }) {
  const { t } = useTranslation("billing");
  return (
    <section className="card" aria-labelledby="review-charges">
      <h2 className="card__title" id="review-charges">
        {t("review.perCharge")}
      </h2>
      <TableWrap label={t("review.perCharge")}>
        <table className="table" data-testid="review-charges">
          <thead>
            <tr>
              <th scope="col">{t("review.charge")}</th>
              <th scope="col">{t("rules.fund")}</th>
              <th scope="col" className="num">
                {t("review.total")}
              </th>
              <th scope="col" className="num">
                {t("review.previous")}
              </th>
              <th scope="col" className="num">
                {t("review.difference")}
              </th>
            </tr>
          </thead>
          <tbody>
            {review.charges.map((c) => (
              <tr key={c.entryId} data-testid="review-charge-row">
                <th scope="row">{c.name}</th>
                <td>{t(`funds.${c.fund}` as "funds.repair", { defaultValue: c.fund })}</td>
                <td className="num">{f.money(c.totalMinor)}</td>
                <td className="num">{c.previousMinor === undefined ? "—" : f.money(c.previousMinor)}</td>
                <td className="num">
                  <Difference
                    minor={c.previousMinor === undefined ? undefined : c.totalMinor - c.previousMinor}
                    f={f}
                  />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t("common.total")}
              </th>
              <td className="num">{f.money(review.totalMinor)}</td>
              <td className="num">
                {review.previousTotalMinor === undefined ? "—" : f.money(review.previousTotalMinor)}
              </td>
              <td className="num">
                <Difference
                  minor={
                    review.previousTotalMinor === undefined ? undefined : review.totalMinor - review.previousTotalMinor
                  }
                  f={f}
                />
              </td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </section>
  );
}

/** The whole payment list: a row per unit, a column per charge, totals and the change since last month. */
function PaymentList({ review, currency, f }: { review: Review; currency: string; f: ReturnType<typeof useFormat> }) {
  const { t } = useTranslation("billing");
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="review-units">
      <h2 className="card__title" id="review-units">
        {t("review.perUnit")}
      </h2>
      <p className="field__hint">{t("review.perUnitHint")}</p>
      <TableWrap label={t("review.perUnit")}>
        <table className="table table--compact table--sticky" data-testid="review-units">
          <thead>
            <tr>
              <th scope="col">{t("common.unit")}</th>
              {review.charges.map((c) => (
                <th scope="col" className="num" key={c.entryId}>
                  {c.name}
                </th>
              ))}
              <th scope="col" className="num">
                {t("common.total")}
              </th>
              <th scope="col" className="num">
                {t("review.previous")}
              </th>
              <th scope="col" className="num">
                {t("review.difference")}
              </th>
            </tr>
          </thead>
          <tbody>
            {review.units.map((u) => {
              const byEntry = new Map(u.lines.map((l) => [l.entryId, l.amountMinor]));
              const expanded = open === u.unitId;
              return (
                <tr
                  key={u.unitId}
                  data-testid="review-unit-row"
                  data-unit-id={u.unitId}
                  data-total-minor={u.totalMinor}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={expanded}
                      aria-controls="review-unit-detail"
                      onClick={() => setOpen(expanded ? null : u.unitId)}
                    >
                      {t("common.unitShort", { unit: u.number })}
                    </button>
                  </th>
                  {review.charges.map((c) => (
                    <td className="num" key={c.entryId}>
                      {byEntry.has(c.entryId) ? f.money(byEntry.get(c.entryId) ?? 0) : "—"}
                    </td>
                  ))}
                  <td className="num strong">{f.money(u.totalMinor)}</td>
                  <td className="num">{u.previousMinor === undefined ? "—" : f.money(u.previousMinor)}</td>
                  <td className="num">
                    <Difference minor={u.differenceMinor} f={f} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {open && (
        <div id="review-unit-detail" className="unit-detail" data-testid="review-unit-detail">
          {(() => {
            const u = review.units.find((x) => x.unitId === open);
            if (!u) return null;
            return (
              <>
                <h3 className="card__title">
                  {t("review.unitDetail", { unit: u.number, total: f.money(u.totalMinor) })}
                </h3>
                <ul className="rows">
                  {u.lines.map((line) => (
                    <li key={line.entryId} className="row">
                      <ExplainedLine line={line} currency={currency} />
                    </li>
                  ))}
                </ul>
              </>
            );
          })()}
        </div>
      )}
    </section>
  );
}

function Downloads({ associationId, period }: { associationId: string; period: string }) {
  const { t } = useTranslation("billing");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const get = async (format: "pdf" | "csv") => {
    setError(null);
    setBusy(format);
    try {
      await downloadFile(
        fileUrl(paymentListFile.path, { associationId, period }, { format }),
        `payment-list-${period}.${format}`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card form" aria-labelledby="review-downloads" data-testid="review-downloads">
      <h2 className="card__title" id="review-downloads">
        {t("review.downloads")}
      </h2>
      <p className="field__hint">{t("review.downloadsHint")}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          data-testid="download-payment-list-pdf"
          disabled={busy !== null}
          onClick={() => void get("pdf")}
        >
          {busy === "pdf" ? t("common.downloading") : t("review.downloadPdf")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="download-payment-list-csv"
          disabled={busy !== null}
          onClick={() => void get("csv")}
        >
          {busy === "csv" ? t("common.downloading") : t("review.downloadCsv")}
        </button>
      </div>
      <RequestError error={error} />
    </section>
  );
}

function Adjustments({ associationId, period, review }: { associationId: string; period: string; review: Review }) {
  const { t } = useTranslation("billing");
  const adjust = useAdjust(associationId, period);
  const f = useFormat(review.currency);
  const [unitId, setUnitId] = useState(review.units[0]?.unitId ?? "");
  const [fund, setFund] = useState<(typeof chargeFunds)[number]>("maintenance");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    adjust.mutate(
      { adjustmentId: newId("adj"), unitId, fund, amount: parseAmountInput(amount) ?? amount, reason: reason.trim() },
      {
        onSuccess: () => {
          setAmount("");
          setReason("");
        },
      },
    );
  };
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="adjust-title" data-testid="adjust-form">
      <h2 className="card__title" id="adjust-title">
        {t("adjust.title")}
      </h2>
      <p className="field__hint">{t("adjust.lead")}</p>
      <div className="form-grid">
        <Field label={t("common.unit")} error={fieldError(adjust.error, "unitId")}>
          {(a) => (
            <select {...a} className="select" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              {review.units.map((u) => (
                <option key={u.unitId} value={u.unitId}>
                  {t("common.unitShort", { unit: u.number })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("rules.fund")}>
          {(a) => (
            <select {...a} className="select" value={fund} onChange={(e) => setFund(e.target.value as typeof fund)}>
              {chargeFunds.map((x) => (
                <option key={x} value={x}>
                  {t(`funds.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("adjust.amount")} hint={t("adjust.amountHint")} error={fieldError(adjust.error, "amount")}>
          {(a) => (
            <input
              {...a}
              className="input"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("adjust.reason")} error={fieldError(adjust.error, "reason")}>
          {(a) => <input {...a} className="input" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <RequestError error={adjust.error} />
      {adjust.data && (
        <Status testId="adjust-done">{t("adjust.done", { amount: f.money(adjust.data.amountMinor, true) })}</Status>
      )}
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={adjust.isPending || !amount || reason.trim().length < 3}
        >
          {adjust.isPending ? t("common.saving") : t("adjust.submit")}
        </button>
      </div>
    </form>
  );
}

function PublishPanel({
  associationId,
  period,
  review,
  f,
}: {
  associationId: string;
  period: string;
  review: Review;
  f: ReturnType<typeof useFormat>;
}) {
  const { t } = useTranslation("billing");
  const publish = usePublish(associationId);
  const [confirming, setConfirming] = useState(false);
  if (publish.isPending) {
    return (
      <section className="card" aria-live="polite" data-testid="publish-progress">
        <h2 className="card__title">{t("publish.inProgress")}</h2>
        <progress className="progress" aria-label={t("publish.inProgress")} />
        <p className="field__hint">{t("publish.inProgressHint", { count: review.run.unitCount })}</p>
      </section>
    );
  }
  return (
    <section className="card form" aria-labelledby="publish-title">
      <h2 className="card__title" id="publish-title">
        {t("publish.title")}
      </h2>
      {review.stale && (
        <p className="notice notice--error" role="alert" data-testid="review-stale">
          {t("review.stale")}
        </p>
      )}
      {!confirming ? (
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            data-testid="publish"
            disabled={review.stale}
            onClick={() => setConfirming(true)}
          >
            {t("publish.button")}
          </button>
        </div>
      ) : (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="publish-confirm-title"
          aria-describedby="publish-confirm-body"
        >
          <p className="notice__title" id="publish-confirm-title">
            {t("publish.confirmTitle", { period: f.period(period) })}
          </p>
          <p id="publish-confirm-body">
            {t("publish.confirmBody", { count: review.run.unitCount, total: f.money(review.totalMinor) })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="publish-confirm"
              onClick={() => publish.mutate(period)}
            >
              {t("publish.confirm")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </div>
      )}
      <RequestError error={publish.error} />
    </section>
  );
}

function statusStep(run: Run | undefined): (typeof steps)[number] {
  if (!run) return "draft";
  return run.status === "published" ? "published" : "review";
}

/** One month's billing run: the draft under review, publishing with confirmation, then downloads and adjustments. */
export default function ReviewPage({ associationId, period }: { associationId: string; period: string }) {
  const { t } = useTranslation("billing");
  const currency = useAssociationCurrency(associationId);
  const f = useFormat(currency);
  useDocumentTitle(t("review.title", { period: f.period(period) }));
  const runs = useRuns(associationId);
  // The review answers with the run itself; the run list is the fallback while it loads (or 404s).
  const review = useReview(associationId, period, currentLocale(), true);
  const run = review.data?.run.period === period ? review.data.run : runs.data?.runs.find((r) => r.period === period);
  const draft = useDraft(associationId);

  // While another request publishes this period, ask again until it is done.
  const publishing = run?.status === "publishing";
  useEffect(() => {
    if (!publishing) return;
    const timer = setInterval(() => void runs.refetch(), 1500);
    return () => clearInterval(timer);
  }, [publishing, runs]);

  if (runs.isError) return <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  const step = statusStep(run);
  const noDraft = review.error instanceof ApiError && review.error.code === "billing.no_draft";

  return (
    <div className="page" aria-busy={review.isFetching ? true : undefined}>
      <PageHeader title={t("review.title", { period: f.period(period) })}>
        <Link href={toAdmin(associationId, "billing")}>{t("review.backToRuns")}</Link>
      </PageHeader>
      <Steps current={step} />
      {run && (
        <p className="notice" data-testid="run-status" data-status={run.status}>
          {t(`status.${run.status}`)}
          {run.status === "draft" && ` · ${t("review.draftedAt", { date: f.date(run.draftedAt) })}`}
          {run.postedOn && ` · ${t("review.postedOn", { date: f.date(run.postedOn) })}`}
          {run.dueDate && ` · ${t("review.dueDate", { date: f.date(run.dueDate) })}`}
        </p>
      )}
      {publishing && (
        <section className="card" aria-live="polite" data-testid="publish-progress">
          <h2 className="card__title">{t("publish.inProgress")}</h2>
          <progress className="progress" aria-label={t("publish.inProgress")} />
        </section>
      )}
      {(noDraft || (run?.status === "draft" && !review.isPending)) && (
        <section className="card form" aria-labelledby="draft-title">
          <h2 className="card__title" id="draft-title">
            {noDraft ? t("review.noDraft") : t("review.redraftTitle")}
          </h2>
          <p className="field__hint">{t("review.draftHint")}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="review-draft"
              disabled={draft.isPending}
              onClick={() => draft.mutate(period)}
            >
              {draft.isPending ? t("billing.drafting") : noDraft ? t("billing.draft") : t("billing.redraft")}
            </button>
          </div>
          {draft.data && (
            <Status testId="draft-done">
              {draft.data.written ? t("review.drafted", { count: draft.data.unitCount }) : t("review.unchanged")}
            </Status>
          )}
          <RequestError error={draft.error} />
        </section>
      )}
      {review.isError && !noDraft && <ErrorState error={review.error} onRetry={() => void review.refetch()} />}
      {review.isPending && <PageLoading />}
      {review.data && run && (
        <>
          <Totals review={review.data} f={f} />
          {run.status === "draft" && (
            <PublishPanel associationId={associationId} period={period} review={review.data} f={f} />
          )}
          {run.status === "published" && (
            <>
              <Status testId="published">{t("publish.done", { period: f.period(period) })}</Status>
              <Downloads associationId={associationId} period={period} />
            </>
          )}
          <ChargesTable review={review.data} f={f} />
          <PaymentList review={review.data} currency={review.data.currency} f={f} />
          {run.status === "published" && (
            <Adjustments associationId={associationId} period={period} review={review.data} />
          )}
        </>
      )}
    </div>
  );
}
