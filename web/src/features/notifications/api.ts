import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  getPreferencesContract,
  listInboxContract,
  markAllReadContract,
  markReadContract,
  putPreferencesContract,
  unreadCountContract,
} from "../../../../functions/notifications/contracts";
import type { Channel, NotificationType } from "../../../../functions/notifications/model/catalogue";
import { request } from "../../api/client";
import { withChoice } from "./groups";

const keys = {
  all: ["notifications"] as const,
  unread: ["notifications", "unread"] as const,
  inbox: (lang: string) => ["notifications", "inbox", lang] as const,
  preferences: ["notifications", "preferences"] as const,
};

/** The bell's number; asked again every minute while the app is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: keys.unread,
    queryFn: ({ signal }) => request(unreadCountContract, { signal }),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}

/** The inbox, a page at a time, written in `lang` by the server. */
export function useInbox(lang: string) {
  return useInfiniteQuery({
    queryKey: keys.inbox(lang),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      request(listInboxContract, { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) }, signal }),
    getNextPageParam: (last) => last.next,
  });
}

function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.all });
}

export function useMarkRead() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (notificationId: string) => request(markReadContract, { params: { notificationId } }),
    onSuccess: invalidate,
  });
}

export function useMarkAllRead() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: () => request(markAllReadContract), onSuccess: invalidate });
}

export function usePreferences() {
  return useQuery({ queryKey: keys.preferences, queryFn: ({ signal }) => request(getPreferencesContract, { signal }) });
}

export type PreferenceChoice = { type: NotificationType; channel: Channel; on: boolean };

type Preferences = Awaited<ReturnType<typeof request<typeof getPreferencesContract>>>;

/** Saves one switch; the box changes at once and goes back if the server refuses. */
export function useSavePreference() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (choice: PreferenceChoice) => request(putPreferencesContract, { body: { choices: [choice] } }),
    onMutate: async (choice) => {
      await client.cancelQueries({ queryKey: keys.preferences });
      const before = client.getQueryData<Preferences>(keys.preferences);
      if (before) client.setQueryData(keys.preferences, withChoice(before, choice));
      return { before };
    },
    onError: (_error, _choice, context) => client.setQueryData(keys.preferences, context?.before),
    onSuccess: (answer) => client.setQueryData(keys.preferences, answer),
  });
}
