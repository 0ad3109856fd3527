import { ChangesPage, ChangesQuery } from "../changes.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/** Every write, in order, with each record as it is now: `GET /v1/changes`, for integrators that sync incrementally. */
export const changes = /* @__PURE__ */ defineEndpoint(endpointPaths.changes, ChangesQuery, ChangesPage);
