import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  addCaseNoteContract,
  debtHistoryContract,
  debtorsContract,
  listCasesContract,
} from "../../../../functions/debts/contracts";
import {
  listPaymentsContract,
  recordPaymentContract,
  unitDebtsContract,
} from "../../../../functions/payments/contracts";
import { payNowContract } from "../../../../functions/payments/contracts-pay";
import type { ownerPaymentsContract } from "../../../../functions/payments/owner-contracts";
import {
  getPenaltySettingsContract,
  putPenaltySettingsContract,
} from "../../../../functions/payments/penalties/contracts";
import {
  getProviderSettingsContract,
  putProviderSettingsContract,
  startCardPaymentContract,
} from "../../../../functions/payments/provider/contracts";
import {
  getReminderSettingsContract,
  putReminderSettingsContract,
} from "../../../../functions/payments/reminders/contracts";
import {
  assignLineContract,
  importStatementContract,
  statementQueueContract,
} from "../../../../functions/payments/statements/contracts";
import type { ContractBody, ContractResponse } from "../../../../functions/platform/http/contract";
import { request } from "../../api/client";

export type OpenDebts = ContractResponse<typeof unitDebtsContract>;
export type PaymentInput = ContractBody<typeof recordPaymentContract>;
export type QueueLine = ContractResponse<typeof statementQueueContract>["lines"][number];
export type ImportResult = ContractResponse<typeof importStatementContract>;
export type PenaltyView = ContractResponse<typeof getPenaltySettingsContract>;
export type PenaltyInput = ContractBody<typeof putPenaltySettingsContract>;
export type ReminderView = ContractResponse<typeof getReminderSettingsContract>;
export type ReminderInput = ContractBody<typeof putReminderSettingsContract>;
export type Debtors = ContractResponse<typeof debtorsContract>;
export type DebtCase = ContractResponse<typeof listCasesContract>["cases"][number];
export type CaseNoteInput = ContractBody<typeof addCaseNoteContract>;
export type OwnerPayments = ContractResponse<typeof ownerPaymentsContract>;
export type ProviderView = ContractResponse<typeof getProviderSettingsContract>;
export type ProviderInput = ContractBody<typeof putProviderSettingsContract>;
export type CardPaymentInput = ContractBody<typeof startCardPaymentContract>;

/**
 * `owner-contracts.ts` is not a file name the build's contract plugin strips, so its route is
 * restated here (typed by the real contract) rather than shipping zod to the browser.
 */
const ownerPayments = {
  id: "owner.payments",
  group: "owner",
  method: "get",
  path: "/api/owner/associations/{associationId}/units/{unitId}/payments",
} as unknown as typeof ownerPaymentsContract;

const keys = {
  admin: (a: string, ...rest: unknown[]) => ["payments", "admin", a, ...rest] as const,
  owner: (a: string, u: string, ...rest: unknown[]) => ["payments", "owner", a, u, ...rest] as const,
};

function useInvalidate(a: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: keys.admin(a) });
}

export function useUnitDebts(a: string, unitId: string | undefined) {
  return useQuery({
    queryKey: keys.admin(a, "debts", unitId),
    enabled: Boolean(unitId),
    queryFn: ({ signal }) => request(unitDebtsContract, { params: { associationId: a, unitId: unitId ?? "" }, signal }),
  });
}

export function usePayments(a: string) {
  return useQuery({
    queryKey: keys.admin(a, "payments"),
    queryFn: ({ signal }) => request(listPaymentsContract, { params: { associationId: a }, query: {}, signal }),
  });
}

export function useRecordPayment(a: string) {
  const done = useInvalidate(a);
  return useMutation({
    mutationFn: (body: PaymentInput) => request(recordPaymentContract, { params: { associationId: a }, body }),
    onSuccess: done,
  });
}

export function useQueue(a: string) {
  return useQuery({
    queryKey: keys.admin(a, "queue"),
    queryFn: ({ signal }) => request(statementQueueContract, { params: { associationId: a }, query: {}, signal }),
  });
}

export function useImportStatement(a: string) {
  const done = useInvalidate(a);
  return useMutation({
    mutationFn: (body: { format: "camt053" | "mt940" | "csv"; content: string; bank?: string }) =>
      request(importStatementContract, { params: { associationId: a }, body }),
    onSuccess: done,
  });
}

export function useAssignLine(a: string) {
  const done = useInvalidate(a);
  return useMutation({
    mutationFn: ({ lineId, unitId }: { lineId: string; unitId: string }) =>
      request(assignLineContract, { params: { associationId: a, lineId }, body: { unitId } }),
    onSuccess: done,
  });
}

export function usePenaltySettings(a: string) {
  return useQuery({
    queryKey: keys.admin(a, "penalties"),
    queryFn: ({ signal }) => request(getPenaltySettingsContract, { params: { associationId: a }, signal }),
  });
}

export function useSavePenaltySettings(a: string) {
  const done = useInvalidate(a);
  return useMutation({
    mutationFn: (body: PenaltyInput) => request(putPenaltySettingsContract, { params: { associationId: a }, body }),
    onSuccess: done,
  });
}

export function useReminderSettings(a: string) {
  return useQuery({
    queryKey: keys.admin(a, "reminders"),
    queryFn: ({ signal }) => request(getReminderSettingsContract, { params: { associationId: a }, signal }),
  });
}

export function useSaveReminderSettings(a: string) {
  const done = useInvalidate(a);
  return useMutation({
    mutationFn: (body: ReminderInput) => request(putReminderSettingsContract, { params: { associationId: a }, body }),
    onSuccess: done,
  });
}

export function useDebtors(a: string) {
  return useQuery({
    queryKey: keys.admin(a, "debtors"),
    queryFn: ({ signal }) => request(debtorsContract, { params: { associationId: a }, query: {}, signal }),
  });
}

export function useDebtHistory(a: string, unitId: string | undefined) {
  return useQuery({
    queryKey: keys.admin(a, "history", unitId),
    enabled: Boolean(unitId),
    queryFn: ({ signal }) =>
      request(debtHistoryContract, { params: { associationId: a, unitId: unitId ?? "" }, query: {}, signal }),
  });
}

export function useCases(a: string) {
  return useQuery({
    queryKey: keys.admin(a, "cases"),
    queryFn: ({ signal }) => request(listCasesContract, { params: { associationId: a }, signal }),
  });
}

export function useAddCaseNote(a: string) {
  const done = useInvalidate(a);
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: CaseNoteInput }) =>
      request(addCaseNoteContract, { params: { associationId: a, unitId }, body }),
    onSuccess: done,
  });
}

export function useOwnerPayments(a: string, u: string) {
  return useQuery({
    queryKey: keys.owner(a, u, "payments"),
    queryFn: ({ signal }) => request(ownerPayments, { params: { associationId: a, unitId: u }, signal }),
  });
}

export function usePayNow(a: string, u: string) {
  return useQuery({
    queryKey: keys.owner(a, u, "pay"),
    queryFn: ({ signal }) => request(payNowContract, { params: { associationId: a, unitId: u }, signal }),
  });
}

export function useProviderSettings(a: string) {
  return useQuery({
    queryKey: keys.admin(a, "provider"),
    queryFn: ({ signal }) => request(getProviderSettingsContract, { params: { associationId: a }, signal }),
  });
}

export function useSaveProviderSettings(a: string) {
  const done = useInvalidate(a);
  return useMutation({
    mutationFn: (body: ProviderInput) => request(putProviderSettingsContract, { params: { associationId: a }, body }),
    onSuccess: done,
  });
}

/** The card fee quote (no accepted total) or, once accepted, the processor's checkout URL. */
export function useCardPayment(a: string, u: string) {
  return useMutation({
    mutationFn: (body: CardPaymentInput) =>
      request(startCardPaymentContract, { params: { associationId: a, unitId: u }, body }),
  });
}
