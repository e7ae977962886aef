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

/**
 * The device cookie (identity/device-cookie.ts): a signed note that this client signed in before,
 * so sign-in failures from elsewhere cannot lock its owner out. Same protections as the session.
 */
export const deviceCookieName = "__Host-domus-device";

export function writeDeviceCookie(c: Context, value: string, maxAgeSeconds: number): void {
  setCookie(c, deviceCookieName, value, {
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Strict",
    maxAge: maxAgeSeconds,
  });
}

export function readDeviceCookie(c: Context): string | undefined {
  return getCookie(c, deviceCookieName);
}
