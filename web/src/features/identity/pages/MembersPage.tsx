import { Link } from "wouter";
import type { Me } from "../../../../../functions/identity/contracts";
import { toActivationLetters, toAuditLog } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useMembers } from "../api";
import { useIdentityT } from "../components/forms";
import { canManageMembers, canReadAudit, canReadMembers, rolesIn } from "../roles";
import { InvitationsCard } from "./members/InvitationsCard";
import { InviteCard } from "./members/InviteCard";
import { MemberRow } from "./members/MemberRow";

/** `/a/:associationId/admin/members`: people and roles; invitations for the chairman and administrator. */
export default function MembersPage({ me, associationId }: { me: Me; associationId: string }) {
  const { t } = useIdentityT();
  useDocumentTitle(t("members.title"));
  const roles = rolesIn(me, associationId);
  const manage = canManageMembers(roles);
  const members = useMembers(associationId);

  if (!canReadMembers(roles)) {
    return (
      <section className="page">
        <h1 className="page__title">{t("members.title")}</h1>
        <p className="notice">{t("common.noAccess")}</p>
      </section>
    );
  }

  const items = members.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="page" data-testid="members-page">
      <h1 className="page__title">{t("members.title")}</h1>
      <nav className="id-inline-nav" aria-label={t("members.title")}>
        {manage && <Link href={toActivationLetters(associationId)}>{t("letters.title")}</Link>}
        {canReadAudit(roles) && <Link href={toAuditLog(associationId)}>{t("audit.title")}</Link>}
      </nav>
      <div className="id-grid">
        {manage && (
          <div className="id-stack">
            <InviteCard associationId={associationId} />
            <InvitationsCard associationId={associationId} />
          </div>
        )}
        <section className="card" aria-labelledby="members-list-title">
          <h2 id="members-list-title" className="card__title">
            {t("members.people")}
          </h2>
          {members.isPending && <PageLoading />}
          {members.isError && <ErrorState error={members.error} onRetry={() => void members.refetch()} />}
          {members.data && items.length === 0 && <p className="empty">{t("members.none")}</p>}
          <ul className="id-members">
            {items.map((m) => (
              <MemberRow
                key={m.personId}
                associationId={associationId}
                member={m}
                manage={manage && m.personId !== me.userId}
              />
            ))}
          </ul>
          {members.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              disabled={members.isFetchingNextPage}
              onClick={() => void members.fetchNextPage()}
            >
              {t("common.loadMore")}
            </button>
          )}
        </section>
      </div>
    </section>
  );
}
