import { useQuery } from "@tanstack/react-query";
import { ruleHistoryContract } from "../../../../../functions/billing/contracts-rules";
import {
  type paymentListRecordContract,
  storePaymentListRecordContract,
} from "../../../../../functions/documents/contracts";
import type { ContractResponse } from "../../../../../functions/platform/http/contract";
import { request } from "../../../api/client";

export type RuleHistory = ContractResponse<typeof ruleHistoryContract>;
export type RuleVersion = RuleHistory["versions"][number];
export type RuleChange = RuleVersion["changes"][number];
export type PaymentListRecord = ContractResponse<typeof paymentListRecordContract>;

/** A rule's saved versions, newest first; under the association's admin key, so saving a rule refreshes it. */
export function useRuleHistory(associationId: string, ruleId: string) {
  return useQuery({
    queryKey: ["admin", associationId, "rules", ruleId, "history"],
    queryFn: ({ signal }) => request(ruleHistoryContract, { params: { associationId, ruleId }, signal }),
  });
}

/**
 * The stored payment list of a published month. Showing it stores it (a POST, exactly once on the
 * server: reading with GET never stores), so the month's files are fixed as soon as anyone looks.
 */
export function usePaymentListRecord(associationId: string, period: string) {
  return useQuery({
    queryKey: ["admin", associationId, "payment-list-record", period],
    queryFn: ({ signal }) => request(storePaymentListRecordContract, { params: { associationId, period }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
