import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { verifyPassword } from "./passwords";
import { loadPersonItem } from "./persons";
import { assertNotThrottled, reauthRules, recordFailure } from "./throttle";

/** Current password before a sensitive change; wrong answers are throttled per person. */
export async function reauthenticate(deps: AppDeps, personId: string, password: string): Promise<void> {
  const rules = reauthRules(personId);
  await assertNotThrottled(deps, rules);
  const item = await loadPersonItem(deps, personId);
  if (item?.passwordHash && (await verifyPassword(password, item.passwordHash))) return;
  await recordFailure(deps, rules);
  throw appError("identity.current_password_wrong", {
    status: 422,
    fields: [{ path: "currentPassword", code: "identity.current_password_wrong" }],
  });
}
