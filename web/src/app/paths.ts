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
