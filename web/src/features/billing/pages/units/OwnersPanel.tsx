import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../../components/States";
import { type Owner, type Unit, useOwners, usePutOwners } from "../../lib/api";
import { fieldError, percentToPpm, ppmToPercent, RequestError, SaveButton, Status, TextField } from "../../lib/ui";

/** An owner as the form edits it: the share as a percent, contact details empty when unknown. */
interface OwnerDraft {
  name: string;
  share: string;
  email: string;
  phone: string;
}

const ownerDraftOf = (o: Owner): OwnerDraft => ({
  name: o.name,
  share: ppmToPercent(o.sharePpm),
  email: o.email ?? "",
  phone: o.phone ?? "",
});

const ownerOf = (r: OwnerDraft): Owner => ({
  name: r.name.trim(),
  sharePpm: percentToPpm(r.share) ?? 0,
  ...(r.email.trim() ? { email: r.email.trim() } : {}),
  ...(r.phone.trim() ? { phone: r.phone.trim() } : {}),
});

/** A unit's owners and their shares, saved together; the shares should add up to 100 %. */
export function OwnersPanel({
  associationId,
  unit,
  onClose,
}: {
  associationId: string;
  unit: Unit;
  onClose: () => void;
}) {
  const { t } = useTranslation("billing");
  const owners = useOwners(associationId, unit.unitId);
  const save = usePutOwners(associationId, unit.unitId);
  // null: not edited yet, show what is stored.
  const [rows, setRows] = useState<OwnerDraft[] | null>(null);
  if (owners.isPending) return <PageLoading />;
  if (owners.isError) return <ErrorState error={owners.error} onRetry={() => void owners.refetch()} />;
  const current = rows ?? owners.data.owners.map(ownerDraftOf);
  const set = (i: number, patch: Partial<OwnerDraft>) => {
    setRows(current.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    save.reset();
  };
  const totalPpm = current.reduce((s, r) => s + (percentToPpm(r.share) ?? 0), 0);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(current.map(ownerOf), { onSuccess: () => setRows(null) });
  };
  return (
    <form
      className="card form"
      onSubmit={onSubmit}
      noValidate
      data-testid="owners-panel"
      aria-labelledby="owners-title"
    >
      <h2 className="card__title" id="owners-title">
        {t("owners.title", { unit: unit.number })}
      </h2>
      {current.length === 0 && <p className="empty">{t("owners.none")}</p>}
      {current.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: owner rows have no id of their own
        <div className="form-grid form-grid--row" key={i} data-testid="owner-row">
          <TextField
            label={t("owners.name")}
            error={fieldError(save.error, `owners.${i}.name`)}
            value={r.name}
            onChange={(name) => set(i, { name })}
          />
          <TextField
            label={t("owners.share")}
            error={fieldError(save.error, `owners.${i}.sharePpm`)}
            inputMode="decimal"
            value={r.share}
            onChange={(share) => set(i, { share })}
          />
          <TextField label={t("owners.email")} type="email" value={r.email} onChange={(email) => set(i, { email })} />
          <TextField label={t("owners.phone")} type="tel" value={r.phone} onChange={(phone) => set(i, { phone })} />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setRows(current.filter((_, j) => j !== i))}
          >
            {t("owners.remove")}
          </button>
        </div>
      ))}
      <p className={totalPpm === 1_000_000 ? "field__hint" : "field__error"} data-testid="owners-total">
        {t("owners.total", { percent: ppmToPercent(totalPpm) })}
      </p>
      <RequestError error={save.error} />
      {save.isSuccess && <Status>{t("owners.saved")}</Status>}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setRows([...current, { name: "", share: current.length === 0 ? "100" : "0", email: "", phone: "" }])
          }
        >
          {t("owners.add")}
        </button>
        <SaveButton pending={save.isPending} disabled={current.length === 0} />
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
    </form>
  );
}
