import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";
import { codeFromBytes, normalizeCode, recoveryCodeCount, recoveryCodeGroups } from "./model/one-time-codes";
import { matchTotp, newTotpSecret, otpauthUri } from "./model/totp";
import { hashSecret } from "./one-time-tokens";
import type { PersonItem } from "./persons";

/**
 * TOTP secrets are sealed under the person's own key; recovery codes are kept only as hashes.
 * Every check that succeeds writes under a condition, so a code (or recovery code) used by two
 * requests at once still works only once.
 */
const keyOf = (deps: AppDeps, item: PersonItem) =>
  deps.envelope.open({ kind: "person", personId: item.personId }, item.wrappedKey);

/** Stores a new pending secret and answers what the authenticator app needs. */
export async function beginEnrolment(deps: AppDeps, item: PersonItem, label: string) {
  const secret = newTotpSecret();
  const key = await keyOf(deps, item);
  await deps.table.update({
    Key: keys.person(item.personId),
    UpdateExpression: "SET totpPendingSealed = :s",
    ConditionExpression: "attribute_exists(pk)",
    ExpressionAttributeValues: { ":s": key.seal(item.pk, "totpPending", secret) },
  });
  const uri = otpauthUri(secret, label);
  return { secret, otpauthUri: uri, qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2 }) };
}

/** Ten fresh recovery codes: the plain codes go to the user once, the hashes to the table. */
export function newRecoveryCodes(): { codes: string[]; hashes: Set<string> } {
  const codes = Array.from({ length: recoveryCodeCount }, () => codeFromBytes(randomBytes(16), recoveryCodeGroups));
  return { codes, hashes: new Set(codes.map((c) => hashSecret(normalizeCode(c)))) };
}

/** Activates the pending secret when the code matches it; answers the recovery codes. */
export async function confirmEnrolment(deps: AppDeps, item: PersonItem, code: string): Promise<string[]> {
  if (!item.totpPendingSealed) throw appError("identity.totp_not_started", { status: 409 });
  const key = await keyOf(deps, item);
  const secret = key.open(item.pk, "totpPending", item.totpPendingSealed);
  const step = matchTotp(secret, code, deps.clock.now().getTime());
  if (step === undefined) throw appError("identity.totp_invalid", { status: 422 });
  const recovery = newRecoveryCodes();
  await deps.table.update({
    Key: keys.person(item.personId),
    UpdateExpression: "SET totpSealed = :t, totpLastStep = :s, recoveryHashes = :r REMOVE totpPendingSealed",
    ConditionExpression: "totpPendingSealed = :p",
    ExpressionAttributeValues: {
      ":t": key.seal(item.pk, "totp", secret),
      ":s": step,
      ":r": recovery.hashes,
      ":p": item.totpPendingSealed,
    },
  });
  return recovery.codes;
}

export async function replaceRecoveryCodes(deps: AppDeps, personId: string): Promise<string[]> {
  const recovery = newRecoveryCodes();
  await deps.table.update({
    Key: keys.person(personId),
    UpdateExpression: "SET recoveryHashes = :r",
    ConditionExpression: "attribute_exists(totpSealed)",
    ExpressionAttributeValues: { ":r": recovery.hashes },
  });
  return recovery.codes;
}

export async function removeTotp(deps: AppDeps, personId: string): Promise<void> {
  await deps.table.update({
    Key: keys.person(personId),
    UpdateExpression: "REMOVE totpSealed, totpLastStep, recoveryHashes, totpPendingSealed",
    ConditionExpression: "attribute_exists(pk)",
  });
}

/** True when the code is a current, unused TOTP code or an unused recovery code (then spent). */
export async function verifySecondFactor(deps: AppDeps, item: PersonItem, code: string): Promise<boolean> {
  if (!item.totpSealed) return false;
  if (/^\d{6}$/.test(code.trim())) return spendTotpCode(deps, item, code.trim());
  return spendRecoveryCode(deps, item, normalizeCode(code));
}

async function spendTotpCode(deps: AppDeps, item: PersonItem, code: string): Promise<boolean> {
  const secret = (await keyOf(deps, item)).open(item.pk, "totp", item.totpSealed ?? "");
  const step = matchTotp(secret, code, deps.clock.now().getTime(), item.totpLastStep ?? -1);
  if (step === undefined) return false;
  return conditional(deps, {
    Key: keys.person(item.personId),
    UpdateExpression: "SET totpLastStep = :s",
    ConditionExpression: "attribute_not_exists(totpLastStep) OR totpLastStep < :s",
    ExpressionAttributeValues: { ":s": step },
  });
}

async function spendRecoveryCode(deps: AppDeps, item: PersonItem, normalized: string): Promise<boolean> {
  const hash = hashSecret(normalized);
  if (!item.recoveryHashes?.has(hash)) return false;
  return conditional(deps, {
    Key: keys.person(item.personId),
    UpdateExpression: "DELETE recoveryHashes :h",
    ConditionExpression: "contains(recoveryHashes, :v)",
    ExpressionAttributeValues: { ":h": new Set([hash]), ":v": hash },
  });
}

async function conditional(deps: AppDeps, update: Parameters<AppDeps["table"]["update"]>[0]): Promise<boolean> {
  try {
    await deps.table.update(update);
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false; // used by a concurrent request a moment ago
    throw error;
  }
}

/** Demo seeding only: enrols a known secret directly, so demo users' codes can be computed. */
export async function enrolKnownSecret(deps: AppDeps, item: PersonItem, secret: string): Promise<void> {
  const key = await keyOf(deps, item);
  await deps.table.update({
    Key: keys.person(item.personId),
    UpdateExpression: "SET totpSealed = :t",
    ConditionExpression: "attribute_exists(pk)",
    ExpressionAttributeValues: { ":t": key.seal(item.pk, "totp", secret) },
  });
}
