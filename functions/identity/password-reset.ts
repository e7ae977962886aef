import type { AppDeps } from "../platform/deps";
import { isConditionFailure } from "../platform/table";
import { portalLink, sendIdentityMail } from "./mail";
import { consumeToken, newSecret, readToken, tokenInvalid, tokenItem } from "./one-time-tokens";
import { hashNewPassword } from "./passwords";
import { setPasswordItem } from "./person-updates";
import { emailIndexOf, findPersonIdByEmail, loadPerson } from "./persons";
import { endAllSessions } from "./sessions";
import { assertNotThrottled, recordFailure, resetRequestRules } from "./throttle";

/** Reset links live one hour and work once. */
const resetSeconds = 3600;

/**
 * Emails a reset link when the address has an account. The caller always answers the same, and
 * the throttle counts requests for unknown addresses too, so nothing reveals who has an account.
 */
export async function requestReset(deps: AppDeps, email: string, address: string): Promise<void> {
  const rules = resetRequestRules(await emailIndexOf(deps, email), address);
  await assertNotThrottled(deps, rules);
  await recordFailure(deps, rules);
  const personId = await findPersonIdByEmail(deps, email);
  const person = personId ? await loadPerson(deps, personId) : undefined;
  if (!person) return;
  const secret = newSecret();
  await deps.table.put(tokenItem(deps, "reset", secret, resetSeconds, { personId: person.personId }));
  const link = portalLink(deps, "reset-password", secret);
  await sendIdentityMail(deps, person.email, person.locale, "reset", { link, minutes: resetSeconds / 60 });
}

/** Sets the new password and spends the token in one transaction, then ends every session. */
export async function completeReset(deps: AppDeps, token: string, password: string): Promise<string> {
  const item = await readToken<{ personId: string }>(deps, "reset", token);
  if (!item) throw tokenInvalid();
  const hash = await hashNewPassword(password);
  try {
    await deps.table.transact([consumeToken(deps, item), setPasswordItem(deps, item.personId, hash)]);
  } catch (error) {
    if (isConditionFailure(error)) throw tokenInvalid();
    throw error;
  }
  await endAllSessions(deps, item.personId);
  return item.personId;
}
