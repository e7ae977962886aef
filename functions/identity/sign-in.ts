import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { auditSignIn } from "./audit-events";
import type { KnownDevice } from "./device-cookie";
import { decoyHash, verifyPassword } from "./passwords";
import { emailIndexOf, findPersonIdByEmail, loadPerson } from "./persons";
import { openSessionFor, type SignedIn } from "./session-start";
import { giveBack, signInRules, takeAttempt } from "./throttle";
import { startChallenge } from "./totp-challenge";

export interface SignInRequest {
  email: string;
  password: string;
  address: string;
  userAgent: string;
  requestId?: string;
  /** The device this client signed in from before (its signed device cookie), if any. */
  device?: KnownDevice;
}

export type SignInOutcome = SignedIn | { challenge: "totp"; challengeToken: string };

/**
 * Password sign-in. Unknown emails and wrong passwords get the same answer after the same work
 * (a decoy scrypt), so the answer does not reveal which emails have accounts. A person with TOTP
 * gets a challenge instead of a session. The attempt is taken from the throttle before the
 * password is checked, and given back when it is right.
 */
export async function signIn(deps: AppDeps, req: SignInRequest): Promise<SignInOutcome> {
  const personId = await findPersonIdByEmail(deps, req.email);
  // A client that signed in to this very person before has its own budget (see device-cookie.ts).
  const known = personId && req.device?.personId === personId ? { personId, device: req.device.deviceId } : undefined;
  const rules = signInRules(await emailIndexOf(deps, req.email), req.address, known);
  const taken = await takeAttempt(deps, rules);
  const person = personId ? await loadPerson(deps, personId) : undefined;
  const ok = await verifyPassword(req.password, person?.passwordHash ?? decoyHash);
  if (!person || !ok) {
    await auditSignIn(deps, person?.personId, "failure", req.requestId);
    throw appError("auth.invalid_credentials");
  }
  await giveBack(deps, taken);
  if (person.totpEnabled) return { challenge: "totp", challengeToken: await startChallenge(deps, person.personId) };
  const out = await openSessionFor(deps, person.personId, req.userAgent);
  await auditSignIn(deps, person.personId, "success", req.requestId);
  return out;
}
