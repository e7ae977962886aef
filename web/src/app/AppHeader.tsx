import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import type { Me } from "../../../functions/identity/contracts";
import { useSignOut, useUpdatePreferences } from "../api/queries";
import { LanguageSwitcher } from "../components/LanguageSwitcher";
import { UnitSwitcher } from "../components/UnitSwitcher";
import { Bell } from "../features/notifications/Bell";
import { type FeatureNavItem, featureNav, type NavContext } from "./feature-nav";
import { paths } from "./paths";

interface Props {
  me: Me;
  associationId?: string;
  unitId?: string;
}

const areas = ["owner", "admin", "account"] as const;

/** The namespaces the visible entries' labels live in (`billing:nav.charges` → `billing`). */
function namespacesOf(items: FeatureNavItem[]): string[] {
  const out = new Set<string>(["translation", "billing"]);
  for (const item of items) {
    const ns = item.labelKey.includes(":") ? item.labelKey.split(":", 1)[0] : undefined;
    if (ns) out.add(ns);
  }
  return [...out];
}

/**
 * The signed-in header. On a phone: the name, the association, sign-out and a Menu button that
 * opens the navigation (owner pages, association admin, account), the apartment switcher and the
 * language. On wider screens the same menu is always shown as a row under the bar.
 */
export function AppHeader({ me, associationId, unitId }: Props) {
  const [location, navigate] = useLocation();
  const signOut = useSignOut();
  const savePreference = useUpdatePreferences();
  const membership = me.memberships.find((m) => m.associationId === associationId) ?? me.memberships[0];
  const ctx: NavContext = { me, associationId: associationId ?? membership?.associationId, unitId };
  const entries = featureNav
    .filter((item) => item.visible(ctx))
    .map((item) => ({ item, href: item.to(ctx) }))
    .filter((e): e is { item: FeatureNavItem; href: string } => e.href !== undefined);
  const { t, ready } = useTranslation(
    // Every namespace a label names; the first ("translation") stays the default for plain keys.
    namespacesOf(entries.map((e) => e.item)) as unknown as ["translation"],
  );
  const [open, setOpen] = useState(false);
  const menuId = useId();

  // Following a link closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation on purpose
  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const label = (key: string) => t(key as "app.name");
  const areaLabel = { owner: "billing:header.owner", admin: "billing:header.admin", account: "billing:header.account" };

  return (
    <header className="app-header">
      <div className="app-header__bar">
        <div className="app-header__brand">
          <Link className="brand" href={paths.home}>
            {t("app.name")}
          </Link>
          {membership && (
            <span className="app-header__association" data-testid="association-name" title={membership.associationName}>
              {membership.associationName}
            </span>
          )}
        </div>
        <Bell />
        <button
          type="button"
          className="button button--secondary app-header__signout"
          data-testid="sign-out"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => navigate(paths.signIn, { replace: true }) })}
        >
          {signOut.isPending ? t("header.signingOut") : t("header.signOut")}
        </button>
        <button
          type="button"
          className="button button--secondary app-header__menu-button"
          aria-expanded={open}
          aria-controls={menuId}
          data-testid="menu-button"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className="menu-icon" />
          {ready ? label("billing:header.menu") : ""}
        </button>
      </div>
      <div id={menuId} className={`app-menu${open ? " app-menu--open" : ""}`} data-testid="app-menu">
        {ready &&
          areas.map((area) => {
            const items = entries.filter((e) => e.item.area === area);
            if (items.length === 0) return null;
            return (
              <nav
                key={area}
                className={`app-nav app-nav--${area}`}
                aria-label={label(areaLabel[area])}
                data-testid={`nav-${area}`}
              >
                <span className="app-nav__title" aria-hidden="true">
                  {label(areaLabel[area])}
                </span>
                <ul className="app-nav__list">
                  {items.map(({ item, href }) => (
                    <li key={item.id}>
                      <Link
                        href={href}
                        className="app-nav__link"
                        aria-current={location === href ? "page" : undefined}
                        data-testid={`nav-${item.id}`}
                      >
                        {label(item.labelKey)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            );
          })}
        <div className="app-menu__tools">
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
          <p className="app-header__user">{t("header.signedInAs", { name: me.displayName })}</p>
        </div>
      </div>
    </header>
  );
}
