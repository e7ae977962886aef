import type { FeatureRoute } from "../../app/feature-routes";
import { lazyPage } from "./lib/namespace";

const ProfilePage = lazyPage(() => import("./pages/ProfilePage"));
const UnitsPage = lazyPage(() => import("./pages/UnitsPage"));
const ImportUnitsPage = lazyPage(() => import("./pages/ImportUnitsPage"));
const RulesPage = lazyPage(() => import("./pages/RulesPage"));
const InvoicesPage = lazyPage(() => import("./pages/InvoicesPage"));
const BillingRunsPage = lazyPage(() => import("./pages/BillingRunsPage"));
const ReviewPage = lazyPage(() => import("./pages/ReviewPage"));

const a = (params: Record<string, string>) => params.associationId ?? "";

/** Association management: registry, charge rules, invoices and the monthly billing run. */
export const billingRoutes: FeatureRoute[] = [
  { path: "/a/:associationId/admin/profile", shell: "app", render: (p) => <ProfilePage associationId={a(p)} /> },
  { path: "/a/:associationId/admin/units", shell: "app", render: (p) => <UnitsPage associationId={a(p)} /> },
  {
    path: "/a/:associationId/admin/units/import",
    shell: "app",
    render: (p) => <ImportUnitsPage associationId={a(p)} />,
  },
  { path: "/a/:associationId/admin/rules", shell: "app", render: (p) => <RulesPage associationId={a(p)} /> },
  { path: "/a/:associationId/admin/invoices", shell: "app", render: (p) => <InvoicesPage associationId={a(p)} /> },
  { path: "/a/:associationId/admin/billing", shell: "app", render: (p) => <BillingRunsPage associationId={a(p)} /> },
  {
    path: "/a/:associationId/admin/billing/:period",
    shell: "app",
    render: (p) => <ReviewPage associationId={a(p)} period={p.period ?? ""} />,
  },
];
