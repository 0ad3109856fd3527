import * as z from "zod/mini";
import { RegionCode } from "./common.js";
import { ListFilters } from "./filters.js";
import { ImplementingDocument, IncentiveKind, IncentivePolicy, PilotStage, ProvincePilot } from "./reform.js";
import { defineCollection } from "./resources.js";

// The reform's collections (clause 3) live apart from the others: a bundle whose widgets read other
// collections up front and these only on demand (the map's reform pilot measure) then loads their
// schemas on demand too, instead of in a chunk it shares with those widgets.

const province = z.optional(RegionCode);

export const ProvincePilotFilters = z.extend(ListFilters, { province, stage: z.optional(PilotStage) });
export const IncentivePolicyFilters = z.extend(ListFilters, { province, kind: z.optional(IncentiveKind) });
/** A province code matches the province's documents and its cities'; a city code the city's. */
export const ImplementingDocumentFilters = z.extend(ListFilters, { region: province });

export const provincePilots = /* @__PURE__ */ defineCollection("province-pilots", ProvincePilot, ProvincePilotFilters);
export const incentivePolicies = /* @__PURE__ */ defineCollection("incentive-policies", IncentivePolicy, IncentivePolicyFilters);
export const implementingDocuments = /* @__PURE__ */ defineCollection("implementing-documents", ImplementingDocument, ImplementingDocumentFilters);
