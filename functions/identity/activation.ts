import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/audit-log";
import type { AppDeps } from "../platform/deps";
import type { RouteContext } from "../platform/http/route";
import { keys } from "../platform/keys";
import type { Locale } from "../platform/model/schemas";
import { isConditionFailure, type TransactItem } from "../platform/table";
import { associationFacts, unitsOf } from "./association-facts";
import { putMembershipItem, withRole } from "./memberships";
import { activationCodeGroups, codeFromBytes, normalizeCode } from "./model/one-time-codes";
import { consumeToken, hashSecret, readToken, tokenInvalid, tokenItem } from "./one-time-tokens";
import { hashNewPassword } from "./passwords";
import { createPerson } from "./persons";
import { openSessionFor, type SignedIn } from "./session-start";
import { activationRules, giveBack, takeAttempt } from "./throttle";

/** Activation codes on paper live 60 days; a new letter for a unit replaces its old code. */
export const activationSeconds = 60 * 24 * 3600;

export interface IssuedCode {
  unitId: string;
  unitNumber: string;
  code: string;
}

interface ActivationData {
  associationId: string;
  unitId: string;
  unitNumber: string;
}

/** Issues one code per unit: stored hashed, the previous code of each unit deleted. */
export async function issueActivationCodes(
  ctx: RouteContext,
  associationId: string,
  unitIds: string[],
): Promise<IssuedCode[]> {
  const { deps } = ctx;
  const units = await unitsOf(deps, associationId, [...new Set(unitIds)]);
  const issued: IssuedCode[] = [];
  for (const unit of units) {
    const code = codeFromBytes(randomBytes(16), activationCodeGroups);
    await replaceUnitCode(deps, associationId, unit, code);
    issued.push({ unitId: unit.unitId, unitNumber: unit.number, code });
  }
  await recordAudit(deps, {
    actor: ctx.actor?.personId,
    associationId,
    subject: `units:${units.length}`,
    action: "member.activation_letters",
    outcome: "success",
    requestId: ctx.requestId,
  });
  return issued;
}

async function replaceUnitCode(
  deps: AppDeps,
  associationId: string,
  unit: { unitId: string; number: string },
  code: string,
) {
  const pointerKey = keys.unitActivation(associationId, unit.unitId);
  const previous = await deps.table.get<{ pk: string; sk: string; codeHash: string }>(pointerKey, true);
  const secret = normalizeCode(code);
  const data: ActivationData = { associationId, unitId: unit.unitId, unitNumber: unit.number };
  const writes: TransactItem[] = [
    { Put: { TableName: deps.table.name, Item: tokenItem(deps, "activation", secret, activationSeconds, data) } },
    { Put: { TableName: deps.table.name, Item: { ...pointerKey, codeHash: hashSecret(secret) } } },
  ];
  if (previous)
    writes.push({ Delete: { TableName: deps.table.name, Key: keys.oneTimeToken("activation", previous.codeHash) } });
  await deps.table.transact(writes);
}

export interface Activation {
  code: string;
  email: string;
  displayName: string;
  password: string;
  locale?: Locale;
  address: string;
  userAgent: string;
  requestId: string;
}

/** Creates the login of the unit's owner from a letter code: person, membership, spent code — at once. */
export async function activateWithCode(deps: AppDeps, req: Activation): Promise<SignedIn> {
  // The code is counted before it is looked up; a right one gives its attempt back.
  const taken = await takeAttempt(deps, activationRules(req.address));
  const code = await readToken<ActivationData>(deps, "activation", normalizeCode(req.code));
  if (!code) throw tokenInvalid();
  await giveBack(deps, taken);
  const passwordHash = await hashNewPassword(req.password);
  const association = await associationFacts(deps, code.associationId);
  const unit = { unitId: code.unitId, number: code.unitNumber };
  let membership = withRole(undefined, "", association, "owner", unit); // replaced once the id exists
  const person = {
    email: req.email,
    displayName: req.displayName,
    locale: req.locale ?? (association.locale as Locale),
    passwordHash,
  };
  const personId = await createPerson(deps, person, (id) => {
    membership = withRole(undefined, id, association, "owner", unit);
    return [consumeToken(deps, code), putMembershipItem(deps, membership)];
  }).catch((error: unknown) => {
    // Another request spent the code a moment ago (a taken email arrives as its own AppError).
    if (isConditionFailure(error)) throw tokenInvalid();
    throw error;
  });
  await recordAudit(deps, {
    actor: personId,
    associationId: code.associationId,
    subject: `unit:${code.unitId}`,
    action: "member.activate",
    outcome: "success",
    requestId: req.requestId,
  });
  return openSessionFor(deps, personId, req.userAgent, [membership]);
}
