import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useMeterSettings } from "./admin-api";
import { EnterReading } from "./EnterReading";
import { ImportReadings } from "./ImportReadings";
import { meterPaths } from "./namespace";
import { ReadingStatus } from "./ReadingStatus";
import { useCanWriteMeters } from "./ui";
import { WindowSettings } from "./WindowSettings";

/**
 * The administrator's readings screen: the window, who has not submitted, entry on behalf,
 * import and estimates, for a month (the current window's month until another is chosen).
 */
export default function AdminMetersPage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("meters");
  useDocumentTitle(t("admin.title"));
  const settings = useMeterSettings(associationId);
  const canWrite = useCanWriteMeters(associationId);
  const [chosen, setChosen] = useState<string>();
  const period = chosen ?? settings.data?.window.period ?? new Date().toISOString().slice(0, 7);
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: ["meters"] });
  return (
    <div className="page meters-page">
      <h1 className="page__title">{t("admin.title")}</h1>
      <p>
        <Link className="link" href={meterPaths.registry(associationId)} data-testid="registry-link">
          {t("admin.toRegistry")}
        </Link>
      </p>
      <WindowSettings associationId={associationId} canWrite={canWrite} />
      <label className="field">
        <span className="field__label">{t("period")}</span>
        <input
          className="input input--short"
          type="month"
          value={period}
          data-testid="admin-period"
          onChange={(e) => e.target.value && setChosen(e.target.value)}
        />
      </label>
      <ReadingStatus associationId={associationId} period={period} canWrite={canWrite} onChanged={refresh} />
      {canWrite && (
        <>
          <EnterReading associationId={associationId} period={period} onDone={refresh} />
          <ImportReadings key={period} associationId={associationId} period={period} />
        </>
      )}
    </div>
  );
}
