import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import type { Me } from "../../../functions/identity/contracts";
import { useSignOut, useUpdatePreferences } from "../api/queries";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { UnitSwitcher } from "../components/UnitSwitcher";
import { paths } from "./paths";

interface Props {
  me: Me;
  associationId?: string;
  unitId?: string;
}

/** The signed-in header: association, apartment switcher, language, mail viewer (local), sign-out. */
export function AppHeader({ me, associationId, unitId }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const signOut = useSignOut();
  const savePreference = useUpdatePreferences();
  const membership = me.memberships.find((m) => m.associationId === associationId) ?? me.memberships[0];

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link className="brand" href={paths.home}>
          {t("app.name")}
        </Link>
        {membership && (
          <span className="app-header__association" data-testid="association-name">
            {membership.associationName}
          </span>
        )}
      </div>
      <div className="app-header__tools">
        <UnitSwitcher me={me} associationId={associationId} unitId={unitId} />
        <LanguageSwitcher onChanged={(locale) => savePreference.mutate(locale)} />
        {me.mailViewerUrl && (
          <a
            className="link"
            href={me.mailViewerUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="mail-viewer"
          >
            {t("header.mailViewer")}
          </a>
        )}
        <button
          type="button"
          className="button button--secondary"
          data-testid="sign-out"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => navigate(paths.signIn, { replace: true }) })}
        >
          {signOut.isPending ? t("header.signingOut") : t("header.signOut")}
        </button>
      </div>
      <p className="app-header__user">{t("header.signedInAs", { name: me.displayName })}</p>
    </header>
  );
}
