import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { isConditionFailure } from "../platform/table";
import { auditSignIn } from "./audit-events";
import { consumeToken, newSecret, readToken, tokenItem } from "./one-time-tokens";
import { loadPersonItem } from "./persons";
import { openSessionFor, type SignedIn } from "./session-start";
import { giveBack, takeAttempt, totpRules } from "./throttle";
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

/**
 * Each code takes one of the challenge's attempts (and one of the person's) before it is checked,
 * so twenty codes sent at once on one challenge still get five checks between them.
 */
export async function completeTotpSignIn(deps: AppDeps, req: TotpSignIn): Promise<SignedIn> {
  const challenge = await readToken<ChallengeData>(deps, "challenge", req.challengeToken);
  if (!challenge) throw appError("identity.challenge_invalid", { status: 401 });
  await takeChallengeAttempt(deps, challenge);
  const taken = await takeAttempt(deps, totpRules(challenge.personId));
  const person = await loadPersonItem(deps, challenge.personId);
  if (!person || !(await verifySecondFactor(deps, person, req.code))) {
    await auditSignIn(deps, challenge.personId, "failure", req.requestId);
    throw appError("identity.totp_invalid", { status: 401 });
  }
  await giveBack(deps, taken);
  // Used once: a second completion of the same challenge finds it gone.
  await deps.table.transact([consumeToken(deps, challenge)]).catch(() => {
    throw appError("identity.challenge_invalid", { status: 401 });
  });
  const out = await openSessionFor(deps, challenge.personId, req.userAgent);
  await auditSignIn(deps, challenge.personId, "success", req.requestId);
  return out;
}

/** Counts a code against its challenge, only while fewer than five were tried (else 429). */
async function takeChallengeAttempt(deps: AppDeps, challenge: { pk: string; sk: string }): Promise<void> {
  try {
    await deps.table.update({
      Key: { pk: challenge.pk, sk: challenge.sk },
      UpdateExpression: "ADD attempts :one",
      ConditionExpression: "attribute_exists(pk) AND attempts < :max",
      ExpressionAttributeValues: { ":one": 1, ":max": attemptsPerChallenge },
    });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw appError("auth.throttled", { params: { seconds: challengeSeconds } });
  }
}
