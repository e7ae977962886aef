import type { FeatureRoute } from "../../app/feature-routes";
import { lazyMetersPage } from "./namespace";

const ReadingsPage = lazyMetersPage(() => import("./ReadingsPage"));
const MeterHistoryPage = lazyMetersPage(() => import("./MeterHistoryPage"));
const AdminMetersPage = lazyMetersPage(() => import("./AdminMetersPage"));
const MetersRegistryPage = lazyMetersPage(() => import("./MetersRegistryPage"));

/** Owner readings, a meter's history with its chart, and the administrator's readings and meter registry. */
export const meterRoutes: FeatureRoute[] = [
  {
    path: "/a/:associationId/u/:unitId/meters",
    shell: "app",
    render: (p) => <ReadingsPage associationId={p.associationId ?? ""} unitId={p.unitId ?? ""} />,
  },
  {
    path: "/a/:associationId/u/:unitId/meters/:meterId",
    shell: "app",
    render: (p) => (
      <MeterHistoryPage associationId={p.associationId ?? ""} unitId={p.unitId ?? ""} meterId={p.meterId ?? ""} />
    ),
  },
  {
    path: "/a/:associationId/admin/meters",
    shell: "app",
    render: (p) => <AdminMetersPage associationId={p.associationId ?? ""} />,
  },
  {
    path: "/a/:associationId/admin/meters/registry",
    shell: "app",
    render: (p) => <MetersRegistryPage associationId={p.associationId ?? ""} />,
  },
];
