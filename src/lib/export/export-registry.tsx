import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ChartExportApi } from './chart-export-api.ts';

/** The charts and the map on screen, registered by their export menus, for the briefing export. */
export interface ExportRegistry {
  register(api: ChartExportApi): () => void;
  /** In registration order (map first when it mounts first). */
  list(): ChartExportApi[];
}

export function createExportRegistry(): ExportRegistry {
  const entries = new Map<string, ChartExportApi>();
  return {
    register(api) {
      entries.set(api.id, api);
      return () => {
        if (entries.get(api.id) === api) entries.delete(api.id);
      };
    },
    list: () => [...entries.values()],
  };
}

const RegistryContext = createContext<ExportRegistry | null>(null);

export function ExportRegistryProvider({ children }: { readonly children: ReactNode }) {
  const [registry] = useState(createExportRegistry);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

export function useExportRegistry(): ExportRegistry | null {
  return useContext(RegistryContext);
}

/** Registers the api while the component is mounted (no-op without a provider). */
export function useRegisterExport(api: ChartExportApi): void {
  const registry = useExportRegistry();
  const stable = useMemo(() => api, [api]);
  useEffect(() => registry?.register(stable), [registry, stable]);
}
