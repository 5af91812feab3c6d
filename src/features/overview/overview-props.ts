import type { DashboardData } from '../../lib/data/queries.ts';
import type { FilterControls } from '../../lib/filters/use-filters.ts';
import type { SourcesRequest } from '../../lib/provenance/sources-request.ts';

export interface OverviewProps {
  readonly data: DashboardData;
  readonly controls: FilterControls;
  readonly onOpenSources: (request: SourcesRequest) => void;
}
