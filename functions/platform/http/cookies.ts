import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/**
 * The session cookie: `__Host-` prefix (Secure, path /, no domain), HttpOnly so scripts never see
 * it, SameSite=Strict so no other site can send it.
 */
export const sessionCookieName = "__Host-domus-session";

export function writeSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  setCookie(c, sessionCookieName, token, {
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Strict",
    maxAge: maxAgeSeconds,
  });
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, sessionCookieName);
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookieName, { path: "/", secure: true });
}
