import { useState } from "react";
import type { Role } from "../../../../../../functions/platform/model/schemas";
import { useErrorMessage } from "../../../../components/States";
import { useRemoveMember } from "../../api";
import { useIdentityT } from "../../components/forms";
import { EditMember } from "./EditMember";
import type { Member } from "./shared";

export function MemberRow({
  associationId,
  member,
  manage,
}: {
  associationId: string;
  member: Member;
  manage: boolean;
}) {
  // The administrator role is given by the platform, not here.
  const editable = manage && !member.roles.includes("administrator");
  const { t } = useIdentityT();
  const remove = useRemoveMember(associationId);
  const messageOf = useErrorMessage();
  const [mode, setMode] = useState<"view" | "edit" | "remove">("view");
  const roleNames = member.roles.map((r: Role) => t(`roles.${r}`)).join(", ");
  const units = member.units.map((u) => u.number).join(", ");

  return (
    <li className="id-member" data-testid="member-row">
      <div className="id-member__head">
        <span className="id-member__name">{member.displayName}</span>
        <span className="row__meta id-break">{member.email}</span>
        <span className="row__meta">{roleNames}</span>
        {units && <span className="row__meta">{t("members.unitsList", { units })}</span>}
        <span className="row__meta">{member.totpEnabled ? t("members.totpOn") : t("members.totpOff")}</span>
      </div>
      {editable && mode === "view" && (
        <div className="id-actions">
          <button type="button" className="button button--secondary" onClick={() => setMode("edit")}>
            {t("members.change")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setMode("remove")}
            data-testid="member-remove"
          >
            {t("members.remove")}
          </button>
        </div>
      )}
      {mode === "edit" && <EditMember associationId={associationId} member={member} onClose={() => setMode("view")} />}
      {mode === "remove" && (
        <div className="notice notice--error" role="alertdialog" aria-label={t("members.remove")}>
          <p>{t("members.removeConfirm", { name: member.displayName })}</p>
          {remove.isError && <p>{messageOf(remove.error)}</p>}
          <div className="id-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(member.personId)}
              data-testid="member-remove-confirm"
            >
              {t("members.removeYes")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode("view")}>
              {t("common.cancel")}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
