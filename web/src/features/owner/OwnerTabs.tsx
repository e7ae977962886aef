import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { type OwnerSection, toOwnerHome, toOwnerPage } from "../../app/paths";

/** The owner's account pages as tabs under the title (the header menu has them too). */
export function OwnerTabs({ associationId, unitId }: { associationId: string; unitId: string }) {
  const { t } = useTranslation("billing");
  const [location] = useLocation();
  const items: { href: string; label: string }[] = [
    { href: toOwnerHome(associationId, unitId), label: t("nav.home") },
    ...(["charges", "history", "statements"] as OwnerSection[]).map((s) => ({
      href: toOwnerPage(associationId, unitId, s),
      label: t(`nav.${s}`),
    })),
  ];
  return (
    <nav className="tabs" aria-label={t("owner.sections")}>
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          className="tabs__tab"
          aria-current={location === item.href ? "page" : undefined}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
