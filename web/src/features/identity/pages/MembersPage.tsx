import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import type { Me } from "../../../../../functions/identity/contracts";
import type { memberSchema } from "../../../../../functions/identity/contracts-admin";
import type { invitableRoles } from "../../../../../functions/identity/contracts-onboarding";
import type { Role } from "../../../../../functions/platform/model/schemas";
import { toActivationLetters, toAuditLog } from "../../../app/paths";
import { ErrorState, PageLoading, useErrorMessage } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { currentLocale } from "../../../i18n";
import { isLocale, languages } from "../../../i18n/languages";
import { useChangeMember, useCreateInvitation, useInvitations, useMembers, useRemoveMember, useUnits } from "../api";
import { useDates } from "../components/dates";
import { ErrorSummary, formText, TextField, useFieldIds, useFormErrors, useIdentityT } from "../components/forms";
import { canManageMembers, canReadAudit, canReadMembers, rolesIn, unitRoles } from "../roles";

type InvitableRole = (typeof invitableRoles)[number];
type Member = import("zod").infer<typeof memberSchema>;

const invitable: readonly InvitableRole[] = [
  "owner",
  "coowner",
  "resident",
  "board",
  "accountant",
  "auditor",
  "chairman",
];
const isInvitable = (role: string): role is InvitableRole => (invitable as readonly string[]).includes(role);

function useUnitOptions(associationId: string) {
  const units = useUnits(associationId);
  const options = (units.data?.units ?? [])
    .map((u) => ({ unitId: u.unitId, number: u.number }))
    .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
  return { units, options };
}

function InviteCard({ associationId }: { associationId: string }) {
  const { t } = useIdentityT();
  const invite = useCreateInvitation(associationId);
  const errors = useFormErrors(invite.error);
  const ids = useFieldIds(["email", "role", "unitId", "locale"]);
  const { options } = useUnitOptions(associationId);
  const [role, setRole] = useState<InvitableRole>("owner");
  const [sentTo, setSentTo] = useState<string>();
  const titleId = useId();
  const needsUnit = unitRoles.includes(role);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const email = formText(form, "email");
    const unitId = formText(form, "unitId");
    const locale = formText(form, "locale");
    const found: Record<string, string> = {};
    if (!email) found.email = t("form.emailRequired");
    if (needsUnit && !unitId) found.unitId = t("members.unitRequired");
    if (!errors.check(found)) return;
    invite.mutate(
      { email, role, ...(needsUnit ? { unitId } : {}), ...(isLocale(locale) ? { locale } : {}) },
      {
        onSuccess: () => {
          setSentTo(email);
          form.reset();
          setRole("owner");
        },
        onError: () => errors.failed(),
      },
    );
  }

  return (
    <section className="card id-stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t("members.invite")}
      </h2>
      <p className="id-hint">{t("members.inviteHint")}</p>
      {sentTo && (
        <div className="notice" role="status" data-testid="invite-sent">
          <p className="id-break">{t("members.inviteSent", { email: sentTo })}</p>
        </div>
      )}
      <ErrorSummary {...errors} ids={ids} />
      <form className="form" noValidate onSubmit={onSubmit} data-testid="invite-create-form">
        <TextField
          id={ids.email}
          label={t("form.email")}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.fields.email}
          testId="invite-email"
        />
        <div className="field">
          <label className="field__label" htmlFor={ids.role}>
            {t("invite.role")}
          </label>
          <select
            id={ids.role}
            name="role"
            className="select id-select"
            value={role}
            onChange={(e) => isInvitable(e.target.value) && setRole(e.target.value)}
            data-testid="invite-role"
          >
            {invitable.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {needsUnit && (
          <div className="field">
            <label className="field__label" htmlFor={ids.unitId}>
              {t("invite.unit")}
            </label>
            <select
              id={ids.unitId}
              name="unitId"
              className="select id-select"
              defaultValue=""
              aria-invalid={errors.fields.unitId ? true : undefined}
              aria-describedby={errors.fields.unitId ? `${ids.unitId}-error` : undefined}
              data-testid="invite-unit"
            >
              <option value="">{t("members.chooseUnit")}</option>
              {options.map((u) => (
                <option key={u.unitId} value={u.unitId}>
                  {t("members.unitOption", { unit: u.number })}
                </option>
              ))}
            </select>
            {errors.fields.unitId && (
              <p id={`${ids.unitId}-error`} className="field__error">
                {errors.fields.unitId}
              </p>
            )}
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor={ids.locale}>
            {t("members.emailLanguage")}
          </label>
          <select id={ids.locale} name="locale" className="select id-select" defaultValue={currentLocale()}>
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={invite.isPending} data-testid="invite-send">
          {invite.isPending ? t("common.sending") : t("members.sendInvite")}
        </button>
      </form>
    </section>
  );
}

function InvitationsCard({ associationId }: { associationId: string }) {
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

function EditMember({
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

function MemberRow({ associationId, member, manage }: { associationId: string; member: Member; manage: boolean }) {
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
