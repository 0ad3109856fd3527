import * as z from "zod/mini";
import { TalentDemand } from "./talent.js";

/** Statuses a publisher may set; `withdrawn` is reached only through the withdraw action. */
export const EditableDemandStatus = z.enum(["open", "filled"]);

const { region, industry, occupation, majorCategoryId, classCode, level, period } = TalentDemand.shape;

/**
 * The fields of a posting its publisher writes, taken from the record: what a demand submission
 * asks for too. A posting asks for at least one person; `classCode` is optional and must be a
 * 专业类 of the catalogue at `level` in `majorCategoryId`.
 */
export const editableDemandFields = {
  region,
  industry,
  occupation,
  majorCategoryId,
  classCode,
  level,
  headcount: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(1_000_000)),
  period,
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
