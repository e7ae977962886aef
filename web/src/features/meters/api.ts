import { useQuery } from "@tanstack/react-query";
import { meterHistory, ownerMeters } from "../../../../functions/meters/contracts";
import type { ContractResponse } from "../../../../functions/platform/http/contract";
import { request } from "../../api/client";

export type OwnerScreen = ContractResponse<typeof ownerMeters>;
export type MeterRow = OwnerScreen["meters"][number];
export type History = ContractResponse<typeof meterHistory>;

export const meterKeys = {
  owner: (a: string, u: string) => ["meters", "owner", a, u] as const,
  history: (a: string, u: string, m: string) => ["meters", "history", a, u, m] as const,
  status: (a: string, period: string) => ["meters", "status", a, period] as const,
  list: (a: string) => ["meters", "list", a] as const,
};

export function useOwnerMeters(associationId: string, unitId: string) {
  return useQuery({
    queryKey: meterKeys.owner(associationId, unitId),
    queryFn: ({ signal }) => request(ownerMeters, { params: { associationId, unitId }, signal }),
  });
}

export function useMeterHistory(associationId: string, unitId: string, meterId: string) {
  return useQuery({
    queryKey: meterKeys.history(associationId, unitId, meterId),
    queryFn: ({ signal }) => request(meterHistory, { params: { associationId, unitId, meterId }, signal }),
  });
}

/** Uploads a photo straight to storage through a presigned URL; the answer is the key to send with the reading. */
export async function uploadPhoto(uploadUrl: string, file: File): Promise<void> {
  const res = await fetch(uploadUrl, { method: "PUT", body: file, headers: { "content-type": file.type } });
  if (!res.ok) throw new Error(`upload failed: ${res.status}`);
}
