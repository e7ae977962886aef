import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  getMeterSettings,
  importReadings,
  listMeters,
  putMeter,
  putMeterSettings,
  readingPhotoUrl,
  replaceMeter,
} from "../../../../functions/meters/contracts-admin";
import type { ContractBody, ContractResponse } from "../../../../functions/platform/http/contract";
import { request } from "../../api/client";
import { meterKeys } from "./api";

export type AdminMeter = ContractResponse<typeof listMeters>["meters"][number];
export type MeterInput = ContractBody<typeof putMeter>;
export type ReplaceInput = ContractBody<typeof replaceMeter>;
export type MeterSettings = ContractResponse<typeof getMeterSettings>;
export type SettingsInput = ContractBody<typeof putMeterSettings>;
export type ImportInput = ContractBody<typeof importReadings>;
export type ImportResult = ContractResponse<typeof importReadings>;

/** After any change, every meters screen reads again (registry, status, settings). */
function useRefreshMeters() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ["meters"] });
}

export function useMeterList(associationId: string) {
  return useQuery({
    queryKey: meterKeys.list(associationId),
    queryFn: ({ signal }) => request(listMeters, { params: { associationId }, signal }),
  });
}

export function useSaveMeter(associationId: string) {
  const refresh = useRefreshMeters();
  return useMutation({
    mutationFn: ({ meterId, body }: { meterId: string; body: MeterInput }) =>
      request(putMeter, { params: { associationId, meterId }, body }),
    onSuccess: refresh,
  });
}

export function useReplaceMeter(associationId: string) {
  const refresh = useRefreshMeters();
  return useMutation({
    mutationFn: ({ meterId, body }: { meterId: string; body: ReplaceInput }) =>
      request(replaceMeter, { params: { associationId, meterId }, body }),
    onSuccess: refresh,
  });
}

export function useMeterSettings(associationId: string) {
  return useQuery({
    queryKey: meterKeys.settings(associationId),
    queryFn: ({ signal }) => request(getMeterSettings, { params: { associationId }, signal }),
  });
}

export function useSaveMeterSettings(associationId: string) {
  const refresh = useRefreshMeters();
  return useMutation({
    mutationFn: (body: SettingsInput) => request(putMeterSettings, { params: { associationId }, body }),
    onSuccess: refresh,
  });
}

/** One import call: a dry run checks the whole file, the real one writes it (all or nothing). */
export function useImportReadings(associationId: string) {
  const refresh = useRefreshMeters();
  return useMutation({
    mutationFn: (body: ImportInput) => request(importReadings, { params: { associationId }, body }),
    onSuccess: (_out, body) => {
      if (!body.dryRun) void refresh();
    },
  });
}

/**
 * The photo of a reading as an object URL: fetched through its short-lived link and shown from
 * memory, so the page's image policy (`img-src 'self' blob:`) needs no storage origin.
 */
export async function fetchReadingPhoto(
  associationId: string,
  period: string,
  meterId: string,
): Promise<{ objectUrl: string; contentType: string }> {
  const link = await request(readingPhotoUrl, { params: { associationId, period, meterId } });
  const res = await fetch(link.url);
  if (!res.ok) throw new Error(`photo download failed: ${res.status}`);
  const blob = await res.blob();
  return { objectUrl: URL.createObjectURL(blob), contentType: link.contentType };
}
