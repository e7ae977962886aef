import { useId } from "react";
import { ErrorState, PageLoading } from "../../../../components/States";
import { useInvitations } from "../../api";
import { useDates } from "../../components/dates";
import { useIdentityT } from "../../components/forms";

export function InvitationsCard({ associationId }: { associationId: string }) {
  const { t } = useIdentityT();
  const invitations = useInvitations(associationId);
  const dates = useDates();
  const titleId = useId();
  return (
    <section className="card id-stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("members.invitations")}
      </h2>
      {invitations.isPending && <PageLoading />}
      {invitations.isError && <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.data?.items.length === 0 && <p className="empty">{t("members.noInvitations")}</p>}
      {invitations.data && invitations.data.items.length > 0 && (
        <ul className="rows">
          {invitations.data.items.map((i) => (
            <li key={i.invitationId} className="row" data-testid="invitation-row">
              <span className="row__label id-break">
                {i.email}
                <span className="row__meta">
                  {t(`roles.${i.role}`)}
                  {i.unitNumber ? ` · ${t("members.unitOption", { unit: i.unitNumber })}` : ""}
                </span>
                <span className="row__meta">{t("members.expires", { when: dates.date(i.expiresAt) })}</span>
              </span>
              <span className={`id-status id-status--${i.status}`}>{t(`members.status.${i.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
