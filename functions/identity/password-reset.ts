import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";
import { portalLink, sendIdentityMail } from "./mail";
import { consumeToken, newSecret, readToken, tokenInvalid, tokenItem } from "./one-time-tokens";
import { hashNewPassword } from "./passwords";
import { setPasswordItem } from "./person-updates";
import { emailIndexOf, openPerson, type PersonItem } from "./persons";
import { endAllSessions } from "./sessions";
import { resetRequestRules, takeAttempt } from "./throttle";

/** Reset links live one hour and work once. */
const resetSeconds = 3600;

/**
 * The least time a reset request takes to answer. Both paths do the same reads and writes, but
 * only a known address opens the person's key and hands an email to SES; answering no sooner than
 * this hides those few milliseconds (SES answers well within it), so timing reveals nothing either.
 */
export const resetAnswerFloorMs = 250;

/** A person id no person has: unknown addresses read it, so both paths read a person item. */
const nobody = "reset-nobody";

interface EmailPointer {
  pk: string;
  sk: string;
  personId: string;
}

/**
 * Emails a reset link when the address has an account. Known and unknown addresses take the same
 * path through the table — the throttle (which counts both), the email index, a person item, a new
 * token written — and the same answer after the same time, so nothing reveals who has an account.
 * An unknown address's token names nobody and reaches nobody: it only expires.
 */
export async function requestReset(deps: AppDeps, email: string, address: string): Promise<void> {
  const started = performance.now();
  const accountIndex = await emailIndexOf(deps, email);
  await takeAttempt(deps, resetRequestRules(accountIndex, address));
  const pointer = await deps.table.get<EmailPointer>(keys.emailIndex(accountIndex));
  const item = await deps.table.get<PersonItem>(keys.person(pointer?.personId ?? nobody));
  const secret = newSecret();
  await deps.table.put(tokenItem(deps, "reset", secret, resetSeconds, { personId: item?.personId ?? "" }));
  if (item) {
    const person = await openPerson(deps, item);
    const link = portalLink(deps, "reset-password", secret);
    await sendIdentityMail(deps, person.email, person.locale, "reset", { link, minutes: resetSeconds / 60 });
  }
  await answerNoSoonerThan(started, resetAnswerFloorMs);
}

async function answerNoSoonerThan(started: number, floorMs: number): Promise<void> {
  const left = floorMs - (performance.now() - started);
  if (left > 0) await new Promise((done) => setTimeout(done, left));
}

/** Sets the new password and spends the token in one transaction, then ends every session. */
export async function completeReset(deps: AppDeps, token: string, password: string): Promise<string> {
  const item = await readToken<{ personId: string }>(deps, "reset", token);
  // A token written for an unknown address names nobody (and was never sent to anyone).
  if (!item?.personId) throw tokenInvalid();
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
