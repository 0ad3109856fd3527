import { LeadsOnQuery } from "../filters.js";
import { MajorLeadsOn } from "../major.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/**
 * The majors a major leads on to at each later stage: `GET /v1/majors/leads-on?code=710201`. Derived
 * from the catalogue's shared 专业类 slots, not an official 衔接 table.
 */
export const majorLeadsOn = /* @__PURE__ */ defineEndpoint(endpointPaths.majorLeadsOn, LeadsOnQuery, MajorLeadsOn);
