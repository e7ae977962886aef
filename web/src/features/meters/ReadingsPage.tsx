import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { submitReadings } from "../../../../functions/meters/contracts";
import { ApiError, request } from "../../api/client";
import { ErrorState, PageLoading, useErrorMessage } from "../../components/States";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { formatDate } from "../../format/date";
import { currentLocale } from "../../i18n";
import { meterKeys, type OwnerScreen, useOwnerMeters } from "./api";
import { type Draft, MeterCard } from "./MeterCard";

function WindowNotice({ w }: { w: OwnerScreen["window"] }) {
  const { t } = useTranslation("meters");
  const day = (date: string) => formatDate(date, currentLocale());
  const opensOn = day(w.opensOn);
  const closesOn = day(w.closesOn);
  const text =
    w.status === "open"
      ? t("window.open", { closesOn })
      : w.status === "before"
        ? t("window.before", { opensOn, closesOn })
        : w.status === "late"
          ? t("window.late", { closesOn })
          : t("window.closed", { closesOn });
  return (
    <p className={`notice ${w.ownerMayEnter ? "notice--ok" : ""}`} data-testid="window-notice" data-status={w.status}>
      {text}
    </p>
  );
}

/** The owner's one screen for every meter of the unit; mobile first. */
export default function ReadingsPage({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("meters");
  useDocumentTitle(t("title"));
  const screen = useOwnerMeters(associationId, unitId);
  const client = useQueryClient();
  const messageOf = useErrorMessage();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [sent, setSent] = useState<string[]>([]);
  useEffect(() => {
    if (!screen.data) return;
    setDrafts((d) =>
      Object.fromEntries(
        screen.data.meters.map((m) => [
          m.meter.meterId,
          d[m.meter.meterId] ?? { values: m.meter.registers.map(() => ""), confirm: false },
        ]),
      ),
    );
  }, [screen.data]);
  const submit = useMutation({
    mutationFn: (ids: string[]) =>
      request(submitReadings, {
        params: { associationId, unitId },
        body: { readings: ids.map((id) => ({ meterId: id, ...(drafts[id] as Draft) })) },
      }),
    onSuccess: () => {
      setDrafts({});
      void client.invalidateQueries({ queryKey: meterKeys.owner(associationId, unitId) });
    },
  });
  if (screen.isPending) return <PageLoading />;
  if (screen.isError) return <ErrorState error={screen.error} onRetry={() => void screen.refetch()} />;
  const data = screen.data;
  const fields = submit.error instanceof ApiError ? submit.error.fields : [];
  const errorsOf = (meterId: string) => (suffix: string) => {
    const index = sent.indexOf(meterId);
    const path = suffix ? `readings.${index}.${suffix}` : `readings.${index}`;
    return fields.find((f) => f.path === path)?.message;
  };
  const filled = Object.entries(drafts)
    .filter(([, d]) => d.values.every((v) => v.trim() !== ""))
    .map(([id]) => id);
  const send = () => {
    setSent(filled);
    submit.mutate(filled);
  };
  return (
    <div className="page meters-page">
      <h1 className="page__title">{t("title")}</h1>
      <WindowNotice w={data.window} />
      {data.meters.length === 0 && <p className="empty">{t("noMeters")}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        {data.meters.map((row) => (
          <MeterCard
            key={row.meter.meterId}
            associationId={associationId}
            unitId={unitId}
            row={row}
            editable={data.window.ownerMayEnter}
            draft={drafts[row.meter.meterId] ?? { values: row.meter.registers.map(() => ""), confirm: false }}
            errors={errorsOf(row.meter.meterId)}
            needsConfirm={fields.some(
              (f) =>
                f.code === "meters.needs_confirmation" &&
                f.path === `readings.${sent.indexOf(row.meter.meterId)}.confirm`,
            )}
            onChange={(next) => setDrafts((d) => ({ ...d, [row.meter.meterId]: next }))}
          />
        ))}
        {submit.isError && fields.length === 0 && (
          <p className="notice notice--error" role="alert" data-testid="submit-error">
            {messageOf(submit.error)}
          </p>
        )}
        {submit.isSuccess && (
          <p className="notice notice--ok" role="status" data-testid="submit-ok">
            {t("saved", { count: submit.data.readings.length })}
          </p>
        )}
        {data.window.ownerMayEnter && (
          <button
            type="submit"
            className="button meters-page__submit"
            data-testid="submit-readings"
            disabled={submit.isPending || filled.length === 0}
          >
            {submit.isPending ? t("sending") : t("submit")}
          </button>
        )}
      </form>
    </div>
  );
}
