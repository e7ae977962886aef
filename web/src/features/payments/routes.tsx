import type { FeatureRoute } from "../../app/feature-routes";
import { lazyPaymentsPage } from "./namespace";

const RecordPaymentPage = lazyPaymentsPage(() => import("./pages/RecordPaymentPage"));
const StatementsPage = lazyPaymentsPage(() => import("./pages/StatementsPage"));
const PaymentSettingsPage = lazyPaymentsPage(() => import("./pages/PaymentSettingsPage"));
const DebtorsPage = lazyPaymentsPage(() => import("./pages/DebtorsPage"));
const MyPaymentsPage = lazyPaymentsPage(() => import("./pages/MyPaymentsPage"));
const PayNowPage = lazyPaymentsPage(() => import("./pages/PayNowPage"));

const a = (p: Record<string, string>) => p.associationId ?? "";
const u = (p: Record<string, string>) => p.unitId ?? "";

/** Payments in, bank statements, penalty and reminder settings, debts; the owner's payments and "pay now". */
export const paymentRoutes: FeatureRoute[] = [
  { path: "/a/:associationId/admin/payments", shell: "app", render: (p) => <RecordPaymentPage associationId={a(p)} /> },
  {
    path: "/a/:associationId/admin/payments/statements",
    shell: "app",
    render: (p) => <StatementsPage associationId={a(p)} />,
  },
  {
    path: "/a/:associationId/admin/payments/settings",
    shell: "app",
    render: (p) => <PaymentSettingsPage associationId={a(p)} />,
  },
  { path: "/a/:associationId/admin/debts", shell: "app", render: (p) => <DebtorsPage associationId={a(p)} /> },
  {
    path: "/a/:associationId/u/:unitId/payments",
    shell: "app",
    render: (p) => <MyPaymentsPage associationId={a(p)} unitId={u(p)} />,
  },
  {
    path: "/a/:associationId/u/:unitId/pay",
    shell: "app",
    render: (p) => <PayNowPage associationId={a(p)} unitId={u(p)} />,
  },
];
