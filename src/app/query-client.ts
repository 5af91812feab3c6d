import { QueryClient } from '@tanstack/react-query';

// The data is static per build, so refetching on focus or reconnect only adds noise.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}
