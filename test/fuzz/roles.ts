import { demoPassword, demoTotpSecret } from "../../functions/local/seed/demo-people";
import { freshCode } from "../integration/support/identity";
import { type Session, send } from "./http";

/**
 * The three people the fuzzer acts as: an owner (no second factor), the administrator of both
 * demo associations and the administrator of the Polish one only (both sign in with TOTP).
 */
export const fuzzRoles = {
  owner: "ana.popescu@example.com",
  adminOfBoth: "admin@example.com",
  adminOfOne: "piotr.zarzadca@example.com",
} as const;

export type RoleName = keyof typeof fuzzRoles;

export interface SignedIn {
  session: Session;
  userId: string;
  associations: string[];
  /** The `/api/me` answer, a first source of real ids. */
  me: Record<string, unknown>;
}

async function postJson(url: string, session: Session, path: string, body: unknown) {
  const answer = await send(url, session, {
    method: "POST",
    path,
    contentType: "application/json",
    body: JSON.stringify(body),
  });
  return { status: answer.status, body: JSON.parse(answer.text || "{}") as Record<string, unknown> };
}

export async function signIn(url: string, email: string, now?: () => number): Promise<SignedIn> {
  const session: Session = { csrf: "anonymous" };
  let answer = await postJson(url, session, "/api/auth/sign-in", { email, password: demoPassword });
  if (answer.status === 200 && answer.body.challenge === "totp") {
    const code = await freshCode(email, demoTotpSecret, now);
    answer = await postJson(url, session, "/api/auth/sign-in/totp", {
      challengeToken: answer.body.challengeToken,
      code,
    });
  }
  if (answer.status !== 200 || typeof answer.body.csrfToken !== "string") {
    throw new Error(`${email} could not sign in: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  session.csrf = answer.body.csrfToken;
  const me = JSON.parse((await send(url, session, { method: "GET", path: "/api/me" })).text) as {
    userId: string;
    memberships: { associationId: string }[];
  };
  return { session, userId: me.userId, associations: me.memberships.map((m) => m.associationId), me };
}
