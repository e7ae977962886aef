import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, PageLoading } from "../../../components/States";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { useProfile, useUpdateProfile } from "../lib/api";
import { fieldError, PageHeader, RequestError, SaveButton, Status } from "../lib/ui";
import { BankAccountsFields } from "./profile/BankAccountsFields";
import { BillingFields } from "./profile/BillingFields";
import { IdentityFields } from "./profile/IdentityFields";
import { type ProfileDraft, profileDraftOf, profilePatchOf, type SetDraftField } from "./profile/profile-draft";

/** The association profile: identity, bank accounts, billing day and the due-date rule within the law. */
export default function ProfilePage({ associationId }: { associationId: string }) {
  const { t } = useTranslation("billing");
  useDocumentTitle(t("profile.title"));
  const profile = useProfile(associationId);
  const save = useUpdateProfile(associationId);
  const [draft, setDraft] = useState<ProfileDraft | null>(null);

  useEffect(() => {
    if (profile.data && !draft) setDraft(profileDraftOf(profile.data));
  }, [profile.data, draft]);

  if (profile.isPending) return <PageLoading />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!draft) return <PageLoading />;
  const p = profile.data;
  const set: SetDraftField = (key, value) => {
    setDraft({ ...draft, [key]: value });
    save.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(profilePatchOf(draft));
  };
  const err = (path: string) => fieldError(save.error, path);

  return (
    <div className="page">
      <PageHeader title={t("profile.title")} lead={p.name} />
      <form className="form card" onSubmit={onSubmit} noValidate data-testid="profile-form">
        <IdentityFields profile={p} draft={draft} set={set} err={err} />
        <BankAccountsFields banks={draft.banks} onChange={(banks) => set("banks", banks)} err={err} />
        <BillingFields profile={p} draft={draft} set={set} err={err} />
        <RequestError error={save.error} />
        {save.isSuccess && <Status testId="profile-saved">{t("profile.saved")}</Status>}
        <div className="actions">
          <SaveButton pending={save.isPending} testId="profile-save" />
          <button type="button" className="button button--secondary" onClick={() => setDraft(profileDraftOf(p))}>
            {t("common.reset")}
          </button>
        </div>
      </form>
    </div>
  );
}
