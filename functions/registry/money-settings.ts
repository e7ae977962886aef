import type { AccountHeadItem } from "../ledger/account-store";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { isConditionFailure } from "../platform/table";
import type { AssociationProfile } from "./associations";
import { listUnits } from "./units";

/**
 * Country and currency decide how every amount is read (minor units of which currency) and which
 * law applies (penalties, due dates, QR standard). Once money is booked on any account they are
 * frozen: changing them would turn the ledger into a mix of currencies.
 */
const frozenFields = ["country", "currency"] as const;

async function accountHeads(deps: AppDeps, associationId: string): Promise<AccountHeadItem[]> {
  const unitIds = (await listUnits(deps, associationId)).map((u) => u.unitId);
  const heads: AccountHeadItem[] = [];
  for (let i = 0; i < unitIds.length; i += 100) {
    const chunk = unitIds.slice(i, i + 100).map((u) => keys.account(associationId, u));
    heads.push(...((await deps.table.batchGet(chunk)) as AccountHeadItem[]));
  }
  return heads;
}

/** 409 naming each frozen field the change touches, when any account of the association has an entry. */
export async function refuseFrozenChanges(
  deps: AppDeps,
  current: AssociationProfile,
  next: AssociationProfile,
): Promise<void> {
  const changed = frozenFields.filter((field) => current[field] !== next[field]);
  if (changed.length === 0) return;
  const heads = await accountHeads(deps, current.associationId);
  if (!heads.some((h) => h.entryCount > 0)) return;
  throw frozen(changed);
}

function frozen(fields: readonly string[]) {
  return appError("registry.money_settings_frozen", {
    status: 409,
    fields: fields.map((path) => ({ path, code: "registry.frozen_after_booking" })),
  });
}

/**
 * After a currency change (allowed only while nothing is booked), the still-empty accounts take
 * the new currency, which their pages show. Each write holds only while the account is empty; an
 * entry booked meanwhile makes it a 409 like the check above.
 */
export async function moveEmptyAccounts(deps: AppDeps, associationId: string, currency: string): Promise<void> {
  for (const head of await accountHeads(deps, associationId)) {
    if (head.currency === currency) continue;
    try {
      await deps.table.update({
        Key: keys.account(associationId, head.unitId),
        UpdateExpression: "SET currency = :c",
        ConditionExpression: "entryCount = :zero",
        ExpressionAttributeValues: { ":c": currency, ":zero": 0 },
      });
    } catch (error) {
      if (isConditionFailure(error)) throw frozen(["currency"]);
      throw error;
    }
  }
}
