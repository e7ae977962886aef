import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { auditSignIn } from "./audit-events";
import { decoyHash, verifyPassword } from "./passwords";
import { emailIndexOf, findPersonIdByEmail, loadPerson } from "./persons";
import { openSessionFor, type SignedIn } from "./session-start";
import { assertNotThrottled, recordFailure, signInRules } from "./throttle";
import { startChallenge } from "./totp-challenge";

export interface SignInRequest {
  email: string;
  password: string;
  address: string;
  userAgent: string;
  requestId?: string;
}

export type SignInOutcome = SignedIn | { challenge: "totp"; challengeToken: string };

/**
 * Password sign-in. Unknown emails and wrong passwords get the same answer after the same work
 * (a decoy scrypt), so the answer does not reveal which emails have accounts. A person with TOTP
 * gets a challenge instead of a session.
 */
export async function signIn(deps: AppDeps, req: SignInRequest): Promise<SignInOutcome> {
  const rules = signInRules(await emailIndexOf(deps, req.email), req.address);
  await assertNotThrottled(deps, rules);
  const personId = await findPersonIdByEmail(deps, req.email);
  const person = personId ? await loadPerson(deps, personId) : undefined;
  const ok = await verifyPassword(req.password, person?.passwordHash ?? decoyHash);
  if (!person || !ok) {
    await recordFailure(deps, rules);
    await auditSignIn(deps, person?.personId, "failure", req.requestId);
    throw appError("auth.invalid_credentials");
  }
  if (person.totpEnabled) return { challenge: "totp", challengeToken: await startChallenge(deps, person.personId) };
  const out = await openSessionFor(deps, person.personId, req.userAgent);
  await auditSignIn(deps, person.personId, "success", req.requestId);
  return out;
}
