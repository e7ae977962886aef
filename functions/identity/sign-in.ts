import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import type { Me } from "./contracts";
import { toMe } from "./me";
import { membershipsOf, toPolicyMembership } from "./memberships";
import { decoyHash, verifyPassword } from "./passwords";
import { emailIndexOf, findPersonIdByEmail, loadPerson } from "./persons";
import { startSession } from "./sessions";
import { assertNotThrottled, recordFailure, signInRules } from "./throttle";

export interface SignInRequest {
  email: string;
  password: string;
  address: string;
  userAgent: string;
}

/**
 * Password sign-in. Unknown emails and wrong passwords get the same answer after the same work
 * (a decoy scrypt), so the answer does not reveal which emails have accounts.
 */
export async function signIn(deps: AppDeps, req: SignInRequest): Promise<{ token: string; maxAge: number; me: Me }> {
  const rules = signInRules(await emailIndexOf(deps, req.email), req.address);
  await assertNotThrottled(deps, rules);
  const personId = await findPersonIdByEmail(deps, req.email);
  const person = personId ? await loadPerson(deps, personId) : undefined;
  const ok = await verifyPassword(req.password, person?.passwordHash ?? decoyHash);
  if (!person || !ok) {
    await recordFailure(deps, rules);
    throw appError("auth.invalid_credentials");
  }
  const memberships = await membershipsOf(deps, person.personId);
  const { token, item } = await startSession(deps, {
    personId: person.personId,
    locale: person.locale,
    platformOperator: person.platformOperator,
    memberships: memberships.map(toPolicyMembership),
    userAgent: req.userAgent,
  });
  deps.log.info("signed in", { personId: person.personId });
  const me = toMe(person, memberships, item.csrfToken, deps.config.mailViewerUrl);
  return { token, maxAge: item.absoluteSeconds, me };
}
