import { Link } from "wouter";
import type { Me } from "../../../../../functions/identity/contracts";
import { toAdminMembers } from "../../../app/paths";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useAuditLog, useMembers } from "../api";
import { useDates } from "../components/dates";
import { useIdentityT } from "../components/forms";
import { canReadAudit, canReadMembers, rolesIn } from "../roles";

const knownActions = [
  "auth.sign_in",
  "member.invite",
  "member.join",
  "member.activate",
  "member.activation_letters",
  "members.manage",
  "members.read",
  "account.read",
  "audit.read",
  "registry.read",
  "registry.write",
  "registry.iban_confirmed",
  "billing.read",
  "billing.write",
  "billing.publish",
  "billing.adjust",
  "meters.meter_save",
  "meters.meter_replace",
  "meters.settings_change",
  "meters.readings_enter",
  "meters.readings_import",
  "meters.estimate",
  "meters.photo_view",
] as const;
type KnownAction = (typeof knownActions)[number];
const isKnown = (a: string): a is KnownAction => (knownActions as readonly string[]).includes(a);

/** `/a/:associationId/admin/audit`: who did what and when, newest first, a page at a time. */
export default function AuditLogPage({ me, associationId }: { me: Me; associationId: string }) {
  const { t } = useIdentityT();
  useDocumentTitle(t("audit.title"));
  const roles = rolesIn(me, associationId);
  const log = useAuditLog(associationId);
  // Names for the ids, when this person may see the members (the log itself holds ids only).
  const members = useMembers(associationId, canReadMembers(roles));
  const names = new Map(members.data?.pages.flatMap((p) => p.items).map((m) => [m.personId, m.displayName]) ?? []);
  const personName = (id: string) => names.get(id) ?? id;
  const subjectName = (subject: string) =>
    subject.startsWith("person:") ? personName(subject.slice("person:".length)) : subject;
  const dates = useDates();

  if (!canReadAudit(roles)) {
    return (
      <section className="page">
        <h1 className="page__title">{t("audit.title")}</h1>
        <p className="notice">{t("common.noAccess")}</p>
      </section>
    );
  }

  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const actionName = (action: string) => (isKnown(action) ? t(`audit.actions.${action}`) : action);

  return (
    <section className="page" data-testid="audit-page">
      <h1 className="page__title">{t("audit.title")}</h1>
      <p className="page__lead">{t("audit.lead")}</p>
      {canReadMembers(roles) && (
        <p>
          <Link href={toAdminMembers(associationId)}>{t("members.title")}</Link>
        </p>
      )}
      {log.isPending && <PageLoading />}
      {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && items.length === 0 && <p className="empty">{t("audit.empty")}</p>}
      {items.length > 0 && (
        <div className="card">
          <ul className="rows" aria-label={t("audit.title")}>
            {items.map((r) => (
              <li key={r.auditId} className="row" data-testid="audit-row">
                <span className="row__date">{dates.dateTime(r.time)}</span>
                <span className="row__label">
                  {actionName(r.action)}
                  {/* Denials are counted per actor, target and hour: one line says how many. */}
                  {r.count !== undefined && r.count > 1 ? ` ×${r.count}` : ""}
                  <span className="row__meta id-break">
                    {t("audit.actor", { actor: r.actor ? personName(r.actor) : t("audit.anonymous") })}
                    {r.subject ? ` · ${t("audit.subject", { subject: subjectName(r.subject) })}` : ""}
                  </span>
                </span>
                <span className={`id-status id-status--${r.outcome}`}>{t(`audit.outcome.${r.outcome}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
          data-testid="audit-more"
        >
          {log.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
        </button>
      )}
    </section>
  );
}
