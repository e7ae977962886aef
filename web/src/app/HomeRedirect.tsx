import { useTranslation } from "react-i18next";
import { Redirect } from "wouter";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { toOwnerHome } from "./paths";
import { AppShell } from "./Shells";

function NoUnits() {
  const { t } = useTranslation();
  useDocumentTitle(t("home.title"));
  return (
    <section className="page">
      <h1 className="page__title">{t("home.title")}</h1>
      <p className="notice" data-testid="no-units">
        {t("home.noUnits")}
      </p>
    </section>
  );
}

/** `/`: the first apartment of the first association, or a note when there is none. */
export function HomeRedirect() {
  return (
    <AppShell>
      {(me) => {
        for (const membership of me.memberships) {
          const unit = membership.units[0];
          if (unit) return <Redirect to={toOwnerHome(membership.associationId, unit.unitId)} replace />;
        }
        return <NoUnits />;
      }}
    </AppShell>
  );
}
