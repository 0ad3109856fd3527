import { ProfileQuery, ProvinceProfile } from "../province-profile.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/**
 * What is known of one province: its reform pilots, incentive policies and implementing documents,
 * and its figures from the other collections: `GET /v1/province-profile?province={code}`.
 */
export const provinceProfile = /* @__PURE__ */ defineEndpoint(endpointPaths.provinceProfile, ProfileQuery, ProvinceProfile);
