import * as attachments from "./attachments/contracts";
import * as audit from "./audit/contracts";
import * as billing from "./billing/contracts";
import * as billingRules from "./billing/contracts-rules";
import * as debts from "./debts/contracts";
import * as debtDocuments from "./debts/document-contracts";
import * as documents from "./documents/contracts";
import * as identity from "./identity/contracts";
import * as identityAdmin from "./identity/contracts-admin";
import * as identityMe from "./identity/contracts-me";
import * as identityOnboarding from "./identity/contracts-onboarding";
import * as meters from "./meters/contracts";
import * as metersAdmin from "./meters/contracts-admin";
import * as notifications from "./notifications/contracts";
import * as ownerBilling from "./owner/billing-contracts";
import * as owner from "./owner/contracts";
import * as payments from "./payments/all-contracts";
import * as pay from "./payments/contracts-pay";
import * as cardPay from "./payments/provider/contracts";
import * as reminders from "./payments/reminders/contracts";
import type { Contract } from "./platform/http/contract";
import * as registry from "./registry/contracts";
import * as registryPlatform from "./registry/contracts-platform";

/**
 * Every contract of the API, without the handlers: what the OpenAPI document is built from, so
 * the `auth` Lambda that serves it does not bundle every route. A unit test checks this list
 * against the routes, so a contract added in one place and not the other fails.
 */
const modules: Record<string, unknown>[] = [
  identity,
  identityMe,
  identityOnboarding,
  identityAdmin,
  owner,
  ownerBilling,
  registry,
  registryPlatform,
  billing,
  billingRules,
  documents,
  audit,
  payments,
  meters,
  metersAdmin,
  reminders,
  debts,
  debtDocuments,
  pay,
  cardPay,
  notifications,
  attachments,
];

function isContract(value: unknown): value is Contract {
  const v = value as Partial<Contract> | undefined;
  return (
    typeof v?.id === "string" && typeof v.path === "string" && typeof v.method === "string" && v.access !== undefined
  );
}

export const contractList: Contract[] = [...new Set(modules.flatMap((m) => Object.values(m).filter(isContract)))];
