import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

// TanStack Query assumes it starts online; a page opened offline (from the cache) is not.
if (typeof navigator !== 'undefined') onlineManager.setOnline(navigator.onLine);

export function Providers({ client, children }: { client?: QueryClient; children: ReactNode }) {
  const [queryClient] = useState(() => client ?? new QueryClient());
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
