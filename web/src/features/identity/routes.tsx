import { lazy, type ReactNode } from "react";
import type { Me } from "../../../../functions/identity/contracts";
import { useMe } from "../../api/queries";
import type { FeatureRoute } from "../../app/feature-routes";
import { identityPaths } from "../../app/paths";

/** Each page is its own chunk, loaded when its route is first opened. */
const AcceptInvitationPage = lazy(() => import("./pages/AcceptInvitationPage"));
const ActivatePage = lazy(() => import("./pages/ActivatePage"));
const ForgotPasswordPage = lazy(() => import("./pages/ForgotPasswordPage"));
const ResetPasswordPage = lazy(() => import("./pages/ResetPasswordPage"));
const ConfirmEmailPage = lazy(() => import("./pages/ConfirmEmailPage"));
const AccountPage = lazy(() => import("./pages/AccountPage"));
const SessionsPage = lazy(() => import("./pages/SessionsPage"));
const TwoFactorPage = lazy(() => import("./pages/TwoFactorPage"));
const MembersPage = lazy(() => import("./pages/MembersPage"));
const ActivationLettersPage = lazy(() => import("./pages/ActivationLettersPage"));
const AuditLogPage = lazy(() => import("./pages/AuditLogPage"));

/** Inside AppShell the signed-in user is known: hand it to the page. */
function WithMe({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  return me.data ? children(me.data) : null;
}

export const identityRoutes: FeatureRoute[] = [
  { path: identityPaths.invite, shell: "public", render: (p) => <AcceptInvitationPage token={p.token ?? ""} /> },
  { path: identityPaths.activate, shell: "public", render: () => <ActivatePage /> },
  { path: identityPaths.forgotPassword, shell: "public", render: () => <ForgotPasswordPage /> },
  { path: identityPaths.resetPassword, shell: "public", render: (p) => <ResetPasswordPage token={p.token ?? ""} /> },
  { path: identityPaths.confirmEmail, shell: "public", render: (p) => <ConfirmEmailPage token={p.token ?? ""} /> },
  { path: identityPaths.account, shell: "app", render: () => <WithMe>{(me) => <AccountPage me={me} />}</WithMe> },
  { path: identityPaths.sessions, shell: "app", render: () => <SessionsPage /> },
  { path: identityPaths.twoFactor, shell: "app", render: () => <WithMe>{(me) => <TwoFactorPage me={me} />}</WithMe> },
  {
    path: identityPaths.members,
    shell: "app",
    render: (p) => <WithMe>{(me) => <MembersPage me={me} associationId={p.associationId ?? ""} />}</WithMe>,
  },
  {
    path: identityPaths.activationLetters,
    shell: "app",
    render: (p) => <WithMe>{(me) => <ActivationLettersPage me={me} associationId={p.associationId ?? ""} />}</WithMe>,
  },
  {
    path: identityPaths.audit,
    shell: "app",
    render: (p) => <WithMe>{(me) => <AuditLogPage me={me} associationId={p.associationId ?? ""} />}</WithMe>,
  },
];
