import { type FormEvent, useEffect, useId, useState } from "react";
import { Link } from "wouter";
import type { Me } from "../../../../../functions/identity/contracts";
import { toAdminMembers } from "../../../app/paths";
import { ErrorState, PageLoading, useErrorMessage } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { usePrintActivationLetters, useUnits } from "../api";
import { useIdentityT } from "../components/forms";
import { canManageMembers, rolesIn } from "../roles";

/** `/a/:associationId/admin/activation-letters`: choose units, download one PDF letter per unit. */
export default function ActivationLettersPage({ me, associationId }: { me: Me; associationId: string }) {
  const { t } = useIdentityT();
  useDocumentTitle(t("letters.title"));
  const units = useUnits(associationId);
  const print = usePrintActivationLetters(associationId);
  const messageOf = useErrorMessage();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [download, setDownload] = useState<string>();
  const [missing, setMissing] = useState(false);
  const baseId = useId();

  // The PDF lives in memory as a blob URL; let it go when the page closes or a new one replaces it.
  useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);

  if (!canManageMembers(rolesIn(me, associationId))) {
    return (
      <section className="page">
        <h1 className="page__title">{t("letters.title")}</h1>
        <p className="notice">{t("common.noAccess")}</p>
      </section>
    );
  }

  const list = [...(units.data?.units ?? [])].sort((a, b) =>
    a.number.localeCompare(b.number, undefined, { numeric: true }),
  );
  const allSelected = list.length > 0 && list.every((u) => selected.has(u.unitId));

  function toggle(unitId: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(unitId);
      else next.delete(unitId);
      return next;
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (selected.size === 0) {
      setMissing(true);
      return;
    }
    setMissing(false);
    print.mutate([...selected], {
      onSuccess: (blob) => {
        const url = URL.createObjectURL(blob);
        setDownload(url);
        const a = document.createElement("a");
        a.href = url;
        a.download = t("letters.fileName");
        a.click();
      },
    });
  }

  return (
    <section className="page" data-testid="letters-page">
      <h1 className="page__title">{t("letters.title")}</h1>
      <p className="page__lead">{t("letters.lead")}</p>
      <p>
        <Link href={toAdminMembers(associationId)}>{t("members.title")}</Link>
      </p>
      <div className="notice">
        <p>{t("letters.warning")}</p>
      </div>
      {units.isPending && <PageLoading />}
      {units.isError && <ErrorState error={units.error} onRetry={() => void units.refetch()} />}
      {(missing || print.isError) && (
        <div className="notice notice--error" role="alert" tabIndex={-1}>
          <p>{missing ? t("letters.chooseOne") : messageOf(print.error)}</p>
        </div>
      )}
      {download && (
        <div className="notice" role="status" data-testid="letters-ready">
          <p>{t("letters.ready")}</p>
          <a href={download} download={t("letters.fileName")} data-testid="letters-download">
            {t("letters.downloadAgain")}
          </a>
        </div>
      )}
      {units.data && (
        <form className="form card" noValidate onSubmit={onSubmit}>
          <fieldset className="id-fieldset">
            <legend className="field__label">{t("letters.units")}</legend>
            <div className="id-check id-check--all">
              <input
                id={`${baseId}-all`}
                className="id-check__box"
                type="checkbox"
                checked={allSelected}
                onChange={(e) => setSelected(e.target.checked ? new Set(list.map((u) => u.unitId)) : new Set())}
                data-testid="letters-all"
              />
              <label htmlFor={`${baseId}-all`}>{t("letters.all", { n: list.length })}</label>
            </div>
            <div className="id-unit-grid">
              {list.map((u) => (
                <div className="id-check" key={u.unitId}>
                  <input
                    id={`${baseId}-${u.unitId}`}
                    className="id-check__box"
                    type="checkbox"
                    checked={selected.has(u.unitId)}
                    onChange={(e) => toggle(u.unitId, e.target.checked)}
                    data-testid="letters-unit"
                  />
                  <label htmlFor={`${baseId}-${u.unitId}`}>{t("members.unitOption", { unit: u.number })}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <button
            type="submit"
            className="button button--primary"
            disabled={print.isPending}
            data-testid="letters-submit"
          >
            {print.isPending ? t("letters.preparing") : t("letters.submit", { count: selected.size })}
          </button>
        </form>
      )}
    </section>
  );
}
