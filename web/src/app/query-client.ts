import { QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client";
import { queryKeys, shouldRetry } from "../api/queries";

/**
 * One QueryClient for the app. When any query learns that the session has ended, `/api/me` is
 * asked again, and the shell sends the user to sign in.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof ApiError && error.unauthenticated && query.queryKey[0] !== queryKeys.me[0]) {
          void client.invalidateQueries({ queryKey: queryKeys.me });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
