import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { AppDeps } from "../platform/deps";
import { idSchema } from "../platform/model/schemas";

/**
 * The device cookie: set at every successful sign-in, it names the person and a random device id,
 * signed with HMAC under a platform secret. It opens no session and grants nothing by itself; it
 * only tells the sign-in throttle that this client signed in to this account before, so its
 * failures count against a budget of its own and not the account's. Failures from anywhere else
 * can then fill the account's budget without locking the owner out on her own device.
 */
export const deviceLifetimeSeconds = 180 * 24 * 3600;

export interface KnownDevice {
  personId: string;
  deviceId: string;
}

const version = "v1";
const secretOf = (deps: AppDeps) => deps.secrets.get("device-cookie");
const nowSeconds = (deps: AppDeps) => Math.floor(deps.clock.now().getTime() / 1000);

function mac(secret: Buffer, payload: string): string {
  return createHmac("sha256", secret).update(`device-cookie:${payload}`).digest("base64url");
}

/**
 * A fresh cookie value for `personId`. A client that already holds a valid cookie for the same
 * person keeps its device id (and so its budget); anyone else gets a new one.
 */
export async function issueDeviceCookie(deps: AppDeps, personId: string, previous?: KnownDevice): Promise<string> {
  const deviceId = previous?.personId === personId ? previous.deviceId : randomBytes(16).toString("base64url");
  const payload = [version, personId, deviceId, String(nowSeconds(deps))].join(".");
  return `${payload}.${mac(await secretOf(deps), payload)}`;
}

/** The device a cookie names, or undefined when it is absent, malformed, forged or too old. */
export async function readDeviceCookie(deps: AppDeps, value: string | undefined): Promise<KnownDevice | undefined> {
  if (!value || value.length > 300) return undefined;
  const [v, personId, deviceId, issued, signature, ...rest] = value.split(".");
  if (v !== version || !personId || !deviceId || !issued || !signature || rest.length > 0) return undefined;
  if (!idSchema.safeParse(personId).success || !/^[A-Za-z0-9_-]{22}$/.test(deviceId) || !/^\d{1,12}$/.test(issued))
    return undefined;
  const expected = Buffer.from(mac(await secretOf(deps), [v, personId, deviceId, issued].join(".")));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  if (Number(issued) + deviceLifetimeSeconds <= nowSeconds(deps)) return undefined;
  return { personId, deviceId };
}
