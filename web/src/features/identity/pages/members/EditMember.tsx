import type { FormEvent } from "react";
import { useChangeMember } from "../../api";
import { ErrorSummary, useFieldIds, useFormErrors, useIdentityT } from "../../components/forms";
import { unitRoles } from "../../roles";
import { invitable, isInvitable, type Member, useUnitOptions } from "./shared";

export function EditMember({
  associationId,
  member,
  onClose,
}: {
  associationId: string;
  member: Member;
  onClose: () => void;
}) {
  const { t } = useIdentityT();
  const change = useChangeMember(associationId);
  const errors = useFormErrors(change.error);
  const { options } = useUnitOptions(associationId);
  const ids = useFieldIds(["roles", "unitIds"]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const roles = data.getAll("roles").map(String).filter(isInvitable);
    const unitIds = data.getAll("unitIds").map(String);
    const found: Record<string, string> = {};
    if (roles.length === 0) found.roles = t("members.roleRequired");
    if (roles.some((r) => unitRoles.includes(r)) && unitIds.length === 0) found.unitIds = t("members.unitRequired");
    if (!errors.check(found)) return;
    change.mutate(
      { personId: member.personId, roles, unitIds },
      { onSuccess: onClose, onError: () => errors.failed() },
    );
  }

  return (
    <form className="form id-subform" noValidate onSubmit={onSubmit} data-testid="member-edit">
      <ErrorSummary {...errors} ids={ids} />
      <fieldset className="id-fieldset" id={ids.roles}>
        <legend className="field__label">{t("members.roles")}</legend>
        {invitable.map((r) => (
          <div className="id-check" key={r}>
            <input
              id={`${ids.roles}-${r}`}
              className="id-check__box"
              type="checkbox"
              name="roles"
              value={r}
              defaultChecked={member.roles.includes(r)}
            />
            <label htmlFor={`${ids.roles}-${r}`}>{t(`roles.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="id-fieldset" id={ids.unitIds}>
        <legend className="field__label">{t("members.units")}</legend>
        <div className="id-scroll">
          {options.map((u) => (
            <div className="id-check" key={u.unitId}>
              <input
                id={`${ids.unitIds}-${u.unitId}`}
                className="id-check__box"
                type="checkbox"
                name="unitIds"
                value={u.unitId}
                defaultChecked={member.units.some((m) => m.unitId === u.unitId)}
              />
              <label htmlFor={`${ids.unitIds}-${u.unitId}`}>{t("members.unitOption", { unit: u.number })}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="id-hint">{t("members.changeHint")}</p>
      <div className="id-actions">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {t("common.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
