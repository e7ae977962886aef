import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { verifyPassword } from "./passwords";
import { loadPersonItem } from "./persons";
import { giveBack, reauthRules, takeAttempt } from "./throttle";

/**
 * Current password before a sensitive change. Each answer takes an attempt from the person's
 * window before it is checked (so parallel guesses cannot exceed it); a right one gives it back.
 */
export async function reauthenticate(deps: AppDeps, personId: string, password: string): Promise<void> {
  const taken = await takeAttempt(deps, reauthRules(personId));
  const item = await loadPersonItem(deps, personId);
  if (item?.passwordHash && (await verifyPassword(password, item.passwordHash))) return giveBack(deps, taken);
  throw appError("identity.current_password_wrong", {
    status: 422,
    fields: [{ path: "currentPassword", code: "identity.current_password_wrong" }],
  });
}
