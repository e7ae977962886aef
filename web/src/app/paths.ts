/**
 * Every route of the web app, in one place. Patterns are wouter patterns; the `to*` builders
 * make links so no page concatenates a path by hand.
 */
export const paths = {
  signIn: "/sign-in",
  home: "/",
  ownerHome: "/a/:associationId/u/:unitId",
} as const;

export function toOwnerHome(associationId: string, unitId: string): string {
  return `/a/${encodeURIComponent(associationId)}/u/${encodeURIComponent(unitId)}`;
}

export function toSignIn(next?: string): string {
  return next && next !== paths.home ? `${paths.signIn}?next=${encodeURIComponent(next)}` : paths.signIn;
}

/** A same-site path to return to after sign-in; anything else (`//evil`, `https:…`) becomes `/`. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return paths.home;
  return next;
}

/** The owner-home params in a path, when it is one (used to start loading before React renders). */
export function matchOwnerHome(pathname: string): { associationId: string; unitId: string } | undefined {
  const match = /^\/a\/([^/]+)\/u\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1] || !match[2]) return undefined;
  try {
    return { associationId: decodeURIComponent(match[1]), unitId: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}

/** Identity screens: public links from emails and letters, the account pages, association admin. */
export const identityPaths = {
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password/:token",
  invite: "/invite/:token",
  confirmEmail: "/confirm-email/:token",
  activate: "/activate",
  account: "/account",
  sessions: "/account/sessions",
  twoFactor: "/account/two-factor",
  members: "/a/:associationId/admin/members",
  activationLetters: "/a/:associationId/admin/activation-letters",
  audit: "/a/:associationId/admin/audit",
} as const;

export function toInvite(token: string): string {
  return `/invite/${encodeURIComponent(token)}`;
}

export function toAdminMembers(associationId: string): string {
  return `/a/${encodeURIComponent(associationId)}/admin/members`;
}

export function toActivationLetters(associationId: string): string {
  return `/a/${encodeURIComponent(associationId)}/admin/activation-letters`;
}

export function toAuditLog(associationId: string): string {
  return `/a/${encodeURIComponent(associationId)}/admin/audit`;
}

/** Billing and registry screens of an association (`/a/:associationId/admin/<section>`). */
export type AdminSection = "profile" | "units" | "units/import" | "rules" | "invoices" | "billing";

export function toAdmin(associationId: string, section: AdminSection): string {
  return `/a/${encodeURIComponent(associationId)}/admin/${section}`;
}

export function toBillingPeriod(associationId: string, period: string): string {
  return `/a/${encodeURIComponent(associationId)}/admin/billing/${encodeURIComponent(period)}`;
}

/** An owner's account pages (`/a/:associationId/u/:unitId/<section>`). */
export type OwnerSection = "charges" | "history" | "statements";

export function toOwnerPage(associationId: string, unitId: string, section: OwnerSection): string {
  return `${toOwnerHome(associationId, unitId)}/${section}`;
}
