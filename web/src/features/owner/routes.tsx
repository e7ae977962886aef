import type { FeatureRoute } from "../../app/feature-routes";
import { lazyPage } from "../billing/lib/namespace";

const ChargesPage = lazyPage(() => import("./ChargesPage"));
const HistoryPage = lazyPage(() => import("./HistoryPage"));
const StatementsPage = lazyPage(() => import("./StatementsPage"));

const ids = (p: Record<string, string>) => ({ associationId: p.associationId ?? "", unitId: p.unitId ?? "" });

/** An owner's account pages: explained charges, ledger history, statements and receipts. */
export const ownerRoutes: FeatureRoute[] = [
  { path: "/a/:associationId/u/:unitId/charges", shell: "app", render: (p) => <ChargesPage {...ids(p)} /> },
  { path: "/a/:associationId/u/:unitId/history", shell: "app", render: (p) => <HistoryPage {...ids(p)} /> },
  { path: "/a/:associationId/u/:unitId/statements", shell: "app", render: (p) => <StatementsPage {...ids(p)} /> },
];
