import * as z from "zod/mini";
import { CatalogueLevel, Id, Industry, RegionCode, Year } from "./common.js";

/** Statuses a publisher may set; `withdrawn` is reached only through the withdraw action. */
export const EditableDemandStatus = z.enum(["open", "filled"]);

/** The fields of a posting its publisher writes: what a demand submission asks for too. */
export const editableDemandFields = {
  region: RegionCode,
  industry: Industry,
  occupation: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  majorCategoryId: Id,
  level: CatalogueLevel,
  headcount: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(1_000_000)),
  period: Year,
};

/**
 * The body of `POST /v1/talent-demand`. The publisher is the organisation of the API key, so the
 * body names none; `status` defaults to `open`. Unknown fields are refused.
 */
export const TalentDemandCreate = z.strictObject({ ...editableDemandFields, status: z.optional(EditableDemandStatus) });

/** The body of `PATCH /v1/talent-demand/{id}`: any of the editable fields, at least one. */
export const TalentDemandPatch = /* @__PURE__ */ z.partial(z.strictObject({ ...editableDemandFields, status: EditableDemandStatus })).check(
  z.refine((patch) => Object.keys(patch).length > 0, "must change at least one field"),
);

export type EditableDemandStatus = z.infer<typeof EditableDemandStatus>;
export type TalentDemandCreate = z.input<typeof TalentDemandCreate>;
export type TalentDemandPatch = z.input<typeof TalentDemandPatch>;
