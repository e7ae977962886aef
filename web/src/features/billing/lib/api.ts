import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  adjustContract,
  createInvoiceContract,
  deleteInvoiceContract,
  deleteRuleContract,
  draftContract,
  listInvoicesContract,
  listRulesContract,
  listRunsContract,
  previewInvoiceContract,
  publishContract,
  putRuleContract,
  reviewContract,
} from "../../../../../functions/billing/contracts";
import type * as ownerContracts from "../../../../../functions/owner/billing-contracts";
import type { ContractBody, ContractResponse } from "../../../../../functions/platform/http/contract";
import {
  deleteUnitContract,
  getOwnersContract,
  getProfile,
  importUnitsContract,
  listUnitsContract,
  putOwnersContract,
  putUnitContract,
  updateProfile,
} from "../../../../../functions/registry/contracts";
import { request } from "../../../api/client";

export type Profile = ContractResponse<typeof getProfile>;
export type ProfilePatch = ContractBody<typeof updateProfile>;
export type UnitList = ContractResponse<typeof listUnitsContract>;
export type Unit = UnitList["units"][number];
export type UnitInput = ContractBody<typeof putUnitContract>;
export type Owner = ContractResponse<typeof getOwnersContract>["owners"][number];
export type Rule = ContractResponse<typeof listRulesContract>["rules"][number];
export type RuleInput = ContractBody<typeof putRuleContract>;
export type InvoiceInput = ContractBody<typeof createInvoiceContract>;
export type Invoice = ContractResponse<typeof listInvoicesContract>["invoices"][number];
export type Preview = ContractResponse<typeof previewInvoiceContract>;
export type Run = ContractResponse<typeof listRunsContract>["runs"][number];
export type Review = ContractResponse<typeof reviewContract>;
export type BillLine = Review["units"][number]["lines"][number];
export type OwnerCharges = ContractResponse<typeof ownerCharges>;
export type ExplainedEntry = OwnerCharges["lines"][number];
export type Ledger = ContractResponse<typeof ownerLedger>;
export type Statement = ContractResponse<typeof ownerStatement>;
export type Years = ContractResponse<typeof ownerYears>;

/**
 * The owner billing contracts live in `owner/billing-contracts.ts`, a file name the build's
 * contract plugin does not strip (it matches `contracts*.ts` only), so importing them as values
 * would ship zod to the browser. Their routes are restated here, typed by the real contracts.
 */
const ownerBase = "/api/owner/associations/{associationId}/units/{unitId}";
const ownerRoute = <C>(id: string, path: string) => ({ id, group: "owner", method: "get", path }) as unknown as C;
const ownerCharges = ownerRoute<typeof ownerContracts.ownerCharges>("owner.charges", `${ownerBase}/charges`);
const ownerLedger = ownerRoute<typeof ownerContracts.ownerLedger>("owner.ledger", `${ownerBase}/ledger`);
const ownerYears = ownerRoute<typeof ownerContracts.ownerYears>("owner.years", `${ownerBase}/years`);
const ownerStatement = ownerRoute<typeof ownerContracts.ownerStatement>("owner.statement", `${ownerBase}/statement`);

const admin = (associationId: string, ...rest: unknown[]) => ["admin", associationId, ...rest] as const;

export function useProfile(associationId: string) {
  return useQuery({
    queryKey: admin(associationId, "profile"),
    queryFn: ({ signal }) => request(getProfile, { params: { associationId }, signal }),
  });
}

export function useUpdateProfile(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfilePatch) => request(updateProfile, { params: { associationId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId, "profile") }),
  });
}

export function useUnits(associationId: string) {
  return useQuery({
    queryKey: admin(associationId, "units"),
    queryFn: ({ signal }) => request(listUnitsContract, { params: { associationId }, signal }),
  });
}

export function usePutUnit(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: UnitInput }) =>
      request(putUnitContract, { params: { associationId, unitId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

/** Deletes a unit created by mistake; the server refuses one that already has ledger entries. */
export function useDeleteUnit(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (unitId: string) => request(deleteUnitContract, { params: { associationId, unitId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

export function useImportUnits(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { format: "csv" | "xlsx"; content: string; dryRun: boolean }) =>
      request(importUnitsContract, { params: { associationId }, body }),
    onSuccess: (_, body) => {
      if (!body.dryRun) void client.invalidateQueries({ queryKey: admin(associationId) });
    },
  });
}

export function useOwners(associationId: string, unitId: string | undefined) {
  return useQuery({
    queryKey: admin(associationId, "owners", unitId),
    enabled: unitId !== undefined,
    queryFn: ({ signal }) => request(getOwnersContract, { params: { associationId, unitId: unitId ?? "" }, signal }),
  });
}

export function usePutOwners(associationId: string, unitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (owners: Owner[]) =>
      request(putOwnersContract, { params: { associationId, unitId }, body: { owners } }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId, "owners", unitId) }),
  });
}

export function useRules(associationId: string) {
  return useQuery({
    queryKey: admin(associationId, "rules"),
    queryFn: ({ signal }) => request(listRulesContract, { params: { associationId }, signal }),
  });
}

export function usePutRule(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ruleId, body }: { ruleId: string; body: RuleInput }) =>
      request(putRuleContract, { params: { associationId, ruleId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

export function useDeleteRule(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ruleId: string) => request(deleteRuleContract, { params: { associationId, ruleId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

export function useInvoices(associationId: string, period: string) {
  return useQuery({
    queryKey: admin(associationId, "invoices", period),
    queryFn: ({ signal }) => request(listInvoicesContract, { params: { associationId }, query: { period }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePreviewInvoice(associationId: string) {
  return useMutation({
    mutationFn: (body: InvoiceInput) => request(previewInvoiceContract, { params: { associationId }, body }),
  });
}

export function useCreateInvoice(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InvoiceInput) => request(createInvoiceContract, { params: { associationId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

export function useDeleteInvoice(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ period, invoiceId }: { period: string; invoiceId: string }) =>
      request(deleteInvoiceContract, { params: { associationId, period, invoiceId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

export function useRuns(associationId: string) {
  return useQuery({
    queryKey: admin(associationId, "runs"),
    queryFn: ({ signal }) => request(listRunsContract, { params: { associationId }, signal }),
  });
}

export function useReview(associationId: string, period: string, lang: string, enabled: boolean) {
  return useQuery({
    queryKey: admin(associationId, "review", period, lang),
    enabled,
    queryFn: ({ signal }) => request(reviewContract, { params: { associationId, period }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDraft(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => request(draftContract, { params: { associationId, period } }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

export function usePublish(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => request(publishContract, { params: { associationId, period } }),
    onSettled: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

export function useAdjust(associationId: string, period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContractBody<typeof adjustContract>) =>
      request(adjustContract, { params: { associationId, period }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: admin(associationId) }),
  });
}

const owner = (associationId: string, unitId: string, ...rest: unknown[]) =>
  ["owner", "billing", associationId, unitId, ...rest] as const;

export function useOwnerCharges(associationId: string, unitId: string, period: string | undefined, lang: string) {
  return useQuery({
    queryKey: owner(associationId, unitId, "charges", period, lang),
    queryFn: ({ signal }) => request(ownerCharges, { params: { associationId, unitId }, query: { period }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOwnerLedger(associationId: string, unitId: string, cursor: number, limit: number, lang: string) {
  return useQuery({
    queryKey: owner(associationId, unitId, "ledger", cursor, limit, lang),
    queryFn: ({ signal }) =>
      request(ownerLedger, { params: { associationId, unitId }, query: { cursor, limit }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOwnerYears(associationId: string, unitId: string) {
  return useQuery({
    queryKey: owner(associationId, unitId, "years"),
    queryFn: ({ signal }) => request(ownerYears, { params: { associationId, unitId }, signal }),
  });
}

export function useOwnerStatement(associationId: string, unitId: string, range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: owner(associationId, unitId, "statement", range?.from, range?.to),
    enabled: range !== null,
    queryFn: ({ signal }) =>
      request(ownerStatement, {
        params: { associationId, unitId },
        query: { from: range?.from ?? "", to: range?.to ?? "" },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
