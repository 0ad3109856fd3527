import { AuditPage, ChangesQuery } from "../changes.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/**
 * Every write with who made it, how, and the record before and after: `GET /v1/audit`, for admin
 * keys only. Not in the `endpoints` table: the server answers those as public reads.
 */
export const audit = /* @__PURE__ */ defineEndpoint(endpointPaths.audit, ChangesQuery, AuditPage);
