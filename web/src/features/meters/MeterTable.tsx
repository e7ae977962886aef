import { useTranslation } from "react-i18next";
import { TableWrap } from "../billing/lib/ui";
import type { AdminMeter } from "./admin-api";
import { verificationState } from "./meter-draft";
import { useKindName } from "./ui";

/** The verification due date, marked when it has passed or comes within three months. */
function VerificationCell({ due, today }: { due: string; today: string }) {
  const { t } = useTranslation("meters");
  const state = verificationState(due, today);
  return (
    <td data-verification={state}>
      <span className="nowrap">{due}</span>
      {state !== "ok" && (
        <span className={`tag tag--verification-${state}`}>{t(`registry.verification.${state}`)}</span>
      )}
    </td>
  );
}

/** A register as its dial looks: `T1 00000.000` for five digits and three decimals. */
function dialOf(r: AdminMeter["registers"][number]): string {
  return `${r.code} ${"0".repeat(r.digits)}${r.decimals > 0 ? `.${"0".repeat(r.decimals)}` : ""}`;
}

/** Every meter of the association with its place, registers and verification; edit and replace per row. */
export function MeterTable({
  meters,
  unitNumbers,
  today,
  canWrite,
  onEdit,
  onReplace,
}: {
  meters: AdminMeter[];
  unitNumbers: ReadonlyMap<string, string>;
  today: string;
  canWrite: boolean;
  onEdit(meter: AdminMeter): void;
  onReplace(meter: AdminMeter): void;
}) {
  const { t } = useTranslation("meters");
  const kindName = useKindName();
  const placeOf = (m: AdminMeter) =>
    m.unitId ? t("form.unitNumber", { number: unitNumbers.get(m.unitId) ?? m.unitId }) : t("registry.building");
  return (
    <TableWrap label={t("registry.title")}>
      <table className="table" data-testid="meters-table">
        <caption className="visually-hidden">{t("registry.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("registry.place")}</th>
            <th scope="col">{t("form.kind")}</th>
            <th scope="col">{t("form.serial")}</th>
            <th scope="col">{t("form.registers")}</th>
            <th scope="col">{t("form.verificationDue")}</th>
            <th scope="col">{t("registry.status")}</th>
            {canWrite && (
              <th scope="col">
                <span className="visually-hidden">{t("registry.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {meters.map((m) => (
            <tr
              key={m.meterId}
              className={m.status === "retired" ? "meter-row--retired" : undefined}
              data-testid="meter-row"
              data-meter-id={m.meterId}
              data-status={m.status}
            >
              <th scope="row" className="nowrap">
                {placeOf(m)}
              </th>
              <td>{kindName(m.kind)}</td>
              <td className="mono">
                {m.serial}
                {m.location && <span className="meter-card__serial"> · {m.location}</span>}
              </td>
              <td className="mono">
                {m.registers.map((r) => (
                  <span key={r.code} className="meter-dial">
                    {dialOf(r)}
                  </span>
                ))}
              </td>
              {m.status === "active" ? <VerificationCell due={m.verificationDue} today={today} /> : <td>—</td>}
              <td>
                {m.status === "active" ? t("registry.active") : t("registry.retired", { period: m.retiredIn ?? "" })}
              </td>
              {canWrite && (
                <td>
                  {m.status === "active" && (
                    <div className="table__actions">
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        aria-label={t("registry.editMeter", { serial: m.serial })}
                        data-testid="meter-edit"
                        onClick={() => onEdit(m)}
                      >
                        {t("registry.edit")}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        aria-label={t("registry.replaceMeter", { serial: m.serial })}
                        data-testid="meter-replace"
                        onClick={() => onReplace(m)}
                      >
                        {t("registry.replace")}
                      </button>
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
