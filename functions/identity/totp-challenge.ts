import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { auditSignIn } from "./audit-events";
import { consumeToken, hashSecret, newSecret, readToken, tokenItem } from "./one-time-tokens";
import { loadPersonItem } from "./persons";
import { openSessionFor, type SignedIn } from "./session-start";
import { assertNotThrottled, recordFailure, totpRules } from "./throttle";
import { verifySecondFactor } from "./totp";

/**
 * The second sign-in step. The password step hands out a challenge token (5 minutes, at most five
 * codes tried, used once); the code then opens the session.
 */
const challengeSeconds = 300;
export const attemptsPerChallenge = 5;

interface ChallengeData {
  personId: string;
  attempts: number;
}

export async function startChallenge(deps: AppDeps, personId: string): Promise<string> {
  const secret = newSecret();
  await deps.table.put(tokenItem(deps, "challenge", secret, challengeSeconds, { personId, attempts: 0 }));
  return secret;
}

export interface TotpSignIn {
  challengeToken: string;
  code: string;
  userAgent: string;
  requestId?: string;
}

export async function completeTotpSignIn(deps: AppDeps, req: TotpSignIn): Promise<SignedIn> {
  const challenge = await readToken<ChallengeData>(deps, "challenge", req.challengeToken);
  if (!challenge) throw appError("identity.challenge_invalid", { status: 401 });
  if (challenge.attempts >= attemptsPerChallenge)
    throw appError("auth.throttled", { params: { seconds: challengeSeconds } });
  const rules = totpRules(challenge.personId);
  await assertNotThrottled(deps, rules);
  const person = await loadPersonItem(deps, challenge.personId);
  if (!person || !(await verifySecondFactor(deps, person, req.code))) {
    await countAttempt(deps, req.challengeToken);
    await recordFailure(deps, rules);
    await auditSignIn(deps, challenge.personId, "failure", req.requestId);
    throw appError("identity.totp_invalid", { status: 401 });
  }
  // Used once: a second completion of the same challenge finds it gone.
  await deps.table.transact([consumeToken(deps, challenge)]).catch(() => {
    throw appError("identity.challenge_invalid", { status: 401 });
  });
  const out = await openSessionFor(deps, challenge.personId, req.userAgent);
  await auditSignIn(deps, challenge.personId, "success", req.requestId);
  return out;
}

async function countAttempt(deps: AppDeps, challengeToken: string): Promise<void> {
  await deps.table.update({
    Key: keys.oneTimeToken("challenge", hashSecret(challengeToken)),
    UpdateExpression: "ADD attempts :one",
    ConditionExpression: "attribute_exists(pk)",
    ExpressionAttributeValues: { ":one": 1 },
  });
}
