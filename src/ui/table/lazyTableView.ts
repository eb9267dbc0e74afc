import { lazy } from 'react';

/** The table view as its own chunk, so it is not part of the first load. */
export const LazyTableView = lazy(() =>
  import('./TableView').then((module) => ({ default: module.TableView })),
);
