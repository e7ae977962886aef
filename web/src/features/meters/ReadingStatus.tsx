import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { readingStatus, runEstimates } from "../../../../functions/meters/contracts-admin";
import type { ContractResponse } from "../../../../functions/platform/http/contract";
import { request } from "../../api/client";
import { ErrorState, PageLoading } from "../../components/States";
import { meterKeys } from "./api";
import { PhotoViewer } from "./PhotoViewer";
import { RequestProblem, useKindName } from "./ui";

type StatusMeter = ContractResponse<typeof readingStatus>["units"][number]["meters"][number];
type Viewing = { meterId: string; title: string } | null;

/** One meter of a unit: its state, the values entered, a flag to check and the owner's photo if any. */
function MeterState({ m, onPhoto }: { m: StatusMeter; onPhoto(): void }) {
  const { t } = useTranslation("meters");
  const kindName = useKindName();
  return (
    <span className={`tag tag--${m.state}`} title={m.meterId} data-meter-id={m.meterId} data-state={m.state}>
      {kindName(m.kind)}: {t(`states.${m.state}`)}
      {m.reading ? ` ${m.reading.values.join(" / ")}` : ""}
      {m.reading?.flagged ? ` ⚑ ${t("flagged")}` : ""}
      {m.reading?.hasPhoto && (
        <button type="button" className="link-button meter-photo__open" data-testid="photo-open" onClick={onPhoto}>
          {t("photo.show")}
        </button>
      )}
    </span>
  );
}

/** Who has submitted the month's readings, who was estimated and who is missing; estimates on demand. */
export function ReadingStatus({
  associationId,
  period,
  canWrite,
  onChanged,
}: {
  associationId: string;
  period: string;
  canWrite: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation("meters");
  const kindName = useKindName();
  const [onlyMissing, setOnlyMissing] = useState(true);
  const [viewing, setViewing] = useState<Viewing>(null);
  const status = useQuery({
    queryKey: meterKeys.status(associationId, period),
    queryFn: ({ signal }) => request(readingStatus, { params: { associationId, period }, signal }),
  });
  const estimate = useMutation({
    mutationFn: () => request(runEstimates, { params: { associationId, period } }),
    onSuccess: onChanged,
  });
  if (status.isPending) return <PageLoading />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  const units = status.data.units.filter((u) => !onlyMissing || u.missing > 0);
  return (
    <section className="card">
      <h2 className="card__title">{t("admin.status")}</h2>
      <label>
        <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} />{" "}
        {t("admin.onlyMissing")}
      </label>
      {viewing && (
        <PhotoViewer
          associationId={associationId}
          period={period}
          meterId={viewing.meterId}
          title={viewing.title}
          onClose={() => setViewing(null)}
        />
      )}
      <div className="table-scroll">
        <table className="table" data-testid="status-table">
          <thead>
            <tr>
              <th>{t("admin.unit")}</th>
              <th>{t("admin.meters")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unitId} data-testid="status-row" data-unit-id={u.unitId} data-missing={u.missing}>
                <td>{u.number}</td>
                <td>
                  {u.meters.map((m) => (
                    <MeterState
                      key={m.meterId}
                      m={m}
                      onPhoto={() =>
                        setViewing({
                          meterId: m.meterId,
                          title: t("photo.title", { unit: u.number, kind: kindName(m.kind), period }),
                        })
                      }
                    />
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canWrite && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => estimate.mutate()}
          disabled={estimate.isPending}
          data-testid="run-estimates"
        >
          {t("admin.estimate")}
        </button>
      )}
      {estimate.isSuccess && (
        <p className="notice notice--ok">{t("admin.estimated", { count: estimate.data.estimated })}</p>
      )}
      <RequestProblem error={estimate.error} />
    </section>
  );
}
