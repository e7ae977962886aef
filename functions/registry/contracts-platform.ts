import { z } from "zod";
import { defineContract } from "../platform/http/contract";
import { idSchema } from "../platform/model/schemas";

/** The claim of a bank account: who declared it first and every association allowed to declare it. */
export const ibanClaimSchema = z.object({
  account: z.string(),
  associationId: z.string(),
  allowed: z.array(z.string()),
});

export const confirmIbanContract = defineContract({
  id: "registry.confirmIban",
  group: "admin",
  method: "post",
  path: "/api/admin/platform/ibans/{iban}/confirmations",
  summary:
    "The platform operator lets an association declare a bank account another association declared (a shared or handed-over account); audited",
  access: { kind: "action", action: "platform.ibans.confirm" },
  params: z.object({ iban: z.string().min(1).max(40) }).strict(),
  body: z.object({ associationId: idSchema }).strict(),
  response: ibanClaimSchema,
});
