import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { exportHistory } from "../../../../functions/meters/contracts";
import { fillPath } from "../../../../functions/platform/http/contract";
import { ErrorState, PageLoading } from "../../components/States";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useMeterHistory } from "./api";
import { ConsumptionChart } from "./ConsumptionChart";
import { meterPaths } from "./namespace";

/** Sum of per-register consumption, exact on decimal strings with three decimals. */
function total(values: readonly string[]): string {
  const milli = values.reduce((s, v) => s + BigInt(v.replace(".", "")), 0n);
  const negative = milli < 0n;
  const digits = (negative ? -milli : milli).toString().padStart(4, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -3)}.${digits.slice(-3)}`;
}

async function download(url: string, name: string) {
  const res = await fetch(url, { credentials: "same-origin" });
  if (!res.ok) throw new Error(String(res.status));
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}

/** Every reading of one meter, its monthly consumption as a chart, and a CSV export. */
export default function MeterHistoryPage(p: { associationId: string; unitId: string; meterId: string }) {
  const { t } = useTranslation("meters");
  useDocumentTitle(t("historyTitle"));
  const history = useMeterHistory(p.associationId, p.unitId, p.meterId);
  const [failed, setFailed] = useState(false);
  const series = useMemo(() => {
    const rows = history.data?.readings ?? [];
    return {
      labels: rows.map((r) => r.period),
      values: rows.map((r) => total(r.consumption)),
      estimated: rows.map((r) => r.estimated),
    };
  }, [history.data]);
  if (history.isPending) return <PageLoading />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const { meter, readings } = history.data;
  const csvUrl = fillPath(exportHistory.path, p);
  return (
    <div className="page meters-page">
      <p>
        <Link className="link" href={meterPaths.readings(p.associationId, p.unitId)}>
          ← {t("title")}
        </Link>
      </p>
      <h1 className="page__title">
        {t(`kinds.${meter.kind}`)} <span className="page__subtitle">№ {meter.serial}</span>
      </h1>
      <section className="card">
        <h2 className="card__title">{t("monthly")}</h2>
        <ConsumptionChart {...series} label={t("consumption")} />
      </section>
      <section className="card">
        <h2 className="card__title">{t("readings")}</h2>
        <div className="table-scroll">
          <table className="table" data-testid="history-table">
            <thead>
              <tr>
                <th>{t("period")}</th>
                <th>{t("value")}</th>
                <th>{t("consumption")}</th>
                <th>{t("source")}</th>
              </tr>
            </thead>
            <tbody>
              {[...readings].reverse().map((r) => (
                <tr key={r.period} data-testid="history-row" data-period={r.period}>
                  <td>{r.period}</td>
                  <td>{r.values.join(" / ")}</td>
                  <td>{total(r.consumption)}</td>
                  <td>
                    {t(`sources.${r.source}`)}
                    {r.estimated && <span className="tag">{t("estimated")}</span>}
                    {r.versions > 0 && <span className="tag">{t("corrected")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          className="button button--secondary"
          data-testid="export-csv"
          onClick={() => download(csvUrl, `meter-${meter.serial}.csv`).catch(() => setFailed(true))}
        >
          {t("exportCsv")}
        </button>
        {failed && <p className="field__error">{t("exportFailed")}</p>}
      </section>
    </div>
  );
}
