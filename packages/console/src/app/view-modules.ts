import type { Route } from "./route.js";

/** Each view's module, loaded the first time the view is opened: the console's JavaScript is split per view. */
export const viewModules: Record<Exclude<Route["view"], "home" | "unknown">, () => Promise<unknown>> = {
  records: () => import("../views/records/cj-records-view.js"),
  record: () => import("../views/records/cj-record-editor.js"),
  import: () => import("../views/import/cj-import-view.js"),
  keys: () => import("../views/keys/cj-keys-view.js"),
  reviews: () => import("../views/reviews/cj-review-view.js"),
};
