import { useQuery } from "@tanstack/react-query";
import { meterHistory, ownerMeters, photoUploadUrl } from "../../../../functions/meters/contracts";
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
  settings: (a: string) => ["meters", "settings", a] as const,
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

/**
 * Uploads a photo straight to storage: the server checks its type and size and signs both into
 * the URL (storage refuses any other file); the answer is the key to send with the reading.
 */
export async function uploadPhoto(
  params: { associationId: string; unitId: string; meterId: string },
  file: File,
): Promise<string> {
  const out = await request(photoUploadUrl, { params, body: { contentType: file.type, size: file.size } });
  const res = await fetch(out.uploadUrl, { method: "PUT", body: file, headers: { "content-type": file.type } });
  if (!res.ok) throw new Error(`upload failed: ${res.status}`);
  return out.photoKey;
}
