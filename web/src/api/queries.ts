import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getMe, signIn, signOut, updatePreferences } from "../../../functions/identity/contracts";
import { accountSummary } from "../../../functions/owner/contracts";
import type { Locale } from "../../../functions/platform/model/schemas";
import { ApiError, clearSession, request } from "./client";

/** Query keys in one place, so invalidation cannot miss a spelling. */
export const queryKeys = {
  me: ["me"] as const,
  summary: (associationId: string, unitId: string, lang: string) =>
    ["owner", "summary", associationId, unitId, lang] as const,
};

export const meQuery = {
  queryKey: queryKeys.me,
  queryFn: ({ signal }: { signal: AbortSignal }) => request(getMe, { signal }),
};

export function summaryQuery(associationId: string, unitId: string, lang: string) {
  return {
    queryKey: queryKeys.summary(associationId, unitId, lang),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      request(accountSummary, { params: { associationId, unitId }, signal }),
  };
}

/** Client errors (4xx) will not get better by asking again; server and network errors may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The signed-in user; an ApiError with status 401 when nobody is. */
export function useMe() {
  // A 401 from the start-up prefetch is an answer, not a failure worth repeating on every mount.
  return useQuery({ ...meQuery, staleTime: 60_000, retryOnMount: false });
}

export function useAccountSummary(associationId: string, unitId: string, lang: string) {
  return useQuery({ ...summaryQuery(associationId, unitId, lang), placeholderData: keepPreviousData });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => request(signIn, { body }),
    onSuccess: (me) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== "me" });
      client.setQueryData(queryKeys.me, me);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request(signOut),
    // Whether or not the server still knew the session, this browser forgets it.
    onSettled: () => {
      clearSession();
      client.clear();
    },
  });
}

export function useUpdatePreferences() {
  return useMutation({ mutationFn: (locale: Locale) => request(updatePreferences, { body: { locale } }) });
}
