import { type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { listAuditLog } from "../../../../functions/audit/contracts";
import {
  completePasswordReset,
  confirmEmailChange,
  type Me,
  requestPasswordReset,
  signIn,
  signInTotp,
  signOutEverywhere,
} from "../../../../functions/identity/contracts";
import {
  changeMember,
  createInvitation,
  listInvitations,
  listMembers,
  printActivationLetters,
  removeMember,
} from "../../../../functions/identity/contracts-admin";
import {
  beginTotpEnrolment,
  changePassword,
  confirmTotpEnrolment,
  disableTotp,
  endSession,
  listSessions,
  regenerateRecoveryCodes,
  requestEmailChange,
  updateProfile,
} from "../../../../functions/identity/contracts-me";
import {
  acceptInvitation,
  acceptInvitationSignedIn,
  activate,
  previewInvitation,
} from "../../../../functions/identity/contracts-onboarding";
import type { ContractBody } from "../../../../functions/platform/http/contract";
import { listUnitsContract } from "../../../../functions/registry/contracts";
import { clearSession, request } from "../../api/client";
import { queryKeys } from "../../api/queries";

/** Query keys of the identity screens. */
export const identityKeys = {
  sessions: ["identity", "sessions"] as const,
  members: (associationId: string) => ["identity", "members", associationId] as const,
  invitations: (associationId: string) => ["identity", "invitations", associationId] as const,
  units: (associationId: string) => ["identity", "units", associationId] as const,
  audit: (associationId: string) => ["identity", "audit", associationId] as const,
  invitation: (token: string) => ["identity", "invitation", token] as const,
};

/** A new session started (sign-in, invitation, activation): forget everything of the last one. */
function startSession(client: QueryClient, me: Me): void {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== "me" });
  client.setQueryData(queryKeys.me, me);
}

/** The signed-in user changed (profile, second factor): ask the server again. */
function refreshMe(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: queryKeys.me });
}

export type SignInAnswer = { kind: "signed-in"; me: Me } | { kind: "totp"; challengeToken: string };

/** Step one of sign-in: a session, or a TOTP challenge to answer with {@link useSignInTotp}. */
export function useSignInStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; password: string }): Promise<SignInAnswer> => {
      const answer = await request(signIn, { body });
      if ("challenge" in answer) return { kind: "totp", challengeToken: answer.challengeToken };
      return { kind: "signed-in", me: answer };
    },
    onSuccess: (answer) => {
      if (answer.kind === "signed-in") startSession(client, answer.me);
    },
  });
}

export function useSignInTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { challengeToken: string; code: string }) => request(signInTotp, { body }),
    onSuccess: (me) => startSession(client, me),
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => request(requestPasswordReset, { body: { email } }) });
}

export function useCompletePasswordReset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => request(completePasswordReset, { body }),
    // Every session of the person ended, this browser's included.
    onSuccess: () => {
      clearSession();
      client.clear();
    },
  });
}

export function useConfirmEmailChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => request(confirmEmailChange, { body: { token } }),
    onSuccess: () => refreshMe(client),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: identityKeys.invitation(token),
    queryFn: ({ signal }) => request(previewInvitation, { body: { token }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; displayName: string; password: string }) => request(acceptInvitation, { body }),
    onSuccess: (me) => startSession(client, me),
  });
}

export function useAcceptInvitationSignedIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => request(acceptInvitationSignedIn, { body: { token } }),
    onSuccess: (me) => startSession(client, me),
  });
}

export function useActivate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContractBody<typeof activate>) => request(activate, { body }),
    onSuccess: (me) => startSession(client, me),
  });
}

/* The signed-in user's own account */

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContractBody<typeof updateProfile>) => request(updateProfile, { body }),
    onSuccess: () => refreshMe(client),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => request(changePassword, { body }),
    onSuccess: async () => {
      await refreshMe(client);
      await client.invalidateQueries({ queryKey: identityKeys.sessions });
    },
  });
}

export function useRequestEmailChange() {
  return useMutation({
    mutationFn: (body: { newEmail: string; currentPassword: string }) => request(requestEmailChange, { body }),
  });
}

export function useSessions() {
  return useQuery({
    queryKey: identityKeys.sessions,
    queryFn: ({ signal }) => request(listSessions, { signal }),
  });
}

export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => request(endSession, { params: { sessionId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: identityKeys.sessions }),
  });
}

export function useSignOutEverywhere() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request(signOutEverywhere),
    onSettled: () => {
      clearSession();
      client.clear();
    },
  });
}

export function useBeginTotpEnrolment() {
  return useMutation({
    mutationFn: (currentPassword: string) => request(beginTotpEnrolment, { body: { currentPassword } }),
  });
}

export function useConfirmTotpEnrolment() {
  return useMutation({
    mutationFn: (code: string) => request(confirmTotpEnrolment, { body: { code } }),
  });
}

export function useRegenerateRecoveryCodes() {
  return useMutation({
    mutationFn: (currentPassword: string) => request(regenerateRecoveryCodes, { body: { currentPassword } }),
  });
}

export function useDisableTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; code: string }) => request(disableTotp, { body }),
    onSuccess: () => refreshMe(client),
  });
}

/** Called once the person has seen the recovery codes: the header and guards see TOTP as on. */
export function useRefreshMe() {
  const client = useQueryClient();
  return () => refreshMe(client);
}

/* Association administration */

export function useMembers(associationId: string, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: identityKeys.members(associationId),
    queryFn: ({ signal, pageParam }) =>
      request(listMembers, { params: { associationId }, query: { limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next,
  });
}

export function useInvitations(associationId: string) {
  return useQuery({
    queryKey: identityKeys.invitations(associationId),
    queryFn: ({ signal }) => request(listInvitations, { params: { associationId }, query: { limit: 50 }, signal }),
  });
}

export function useUnits(associationId: string) {
  return useQuery({
    queryKey: identityKeys.units(associationId),
    queryFn: ({ signal }) => request(listUnitsContract, { params: { associationId }, signal }),
    staleTime: 60_000,
  });
}

export function useCreateInvitation(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContractBody<typeof createInvitation>) =>
      request(createInvitation, { params: { associationId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: identityKeys.invitations(associationId) }),
  });
}

export function useChangeMember(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, ...body }: { personId: string } & ContractBody<typeof changeMember>) =>
      request(changeMember, { params: { associationId, personId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: identityKeys.members(associationId) }),
  });
}

export function useRemoveMember(associationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => request(removeMember, { params: { associationId, personId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: identityKeys.members(associationId) }),
  });
}

export function usePrintActivationLetters(associationId: string) {
  return useMutation({
    mutationFn: (unitIds: string[]) =>
      request(printActivationLetters, { params: { associationId }, body: { unitIds } }) as unknown as Promise<Blob>,
  });
}

export function useAuditLog(associationId: string) {
  return useInfiniteQuery({
    queryKey: identityKeys.audit(associationId),
    queryFn: ({ signal, pageParam }) =>
      request(listAuditLog, { params: { associationId }, query: { limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next,
  });
}
