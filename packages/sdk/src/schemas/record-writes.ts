import * as z from "zod/mini";
import { Id } from "./common.js";

/**
 * Fields of a record that a writer may leave out: the server assigns an id, a record is not sample
 * data unless it says so, and its citations follow its `source` unless given.
 */
type Assigned = "id" | "sample" | "province" | "citations";

/** The body that creates a record of a collection whose record schema has `Shape`. */
export type CreateShape<Shape extends z.core.$ZodShape> = Omit<Shape, Assigned> & {
  id: z.ZodMiniOptional<typeof Id>;
  sample: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
  citations: z.ZodMiniOptional<Shape["citations"]>;
} & ("province" extends keyof Shape ? { province: z.ZodMiniOptional<Shape["province"]> } : unknown);

/**
 * The body of `POST /v1/<collection>`, derived from the record schema so that it is never restated:
 * every field of the record, strictly (an unknown field is refused), with `id` optional (the server
 * assigns one), `sample` optional (false unless the writer says so) and `province` optional where the
 * record has one (the server derives it from `region`) and `citations` optional (the server derives
 * them from `source`; given, they are checked strictly). `source` stays required: a fact without a
 * source is refused.
 */
// @__NO_SIDE_EFFECTS__
export function createBodyOf<S extends z.ZodMiniObject>(record: S): z.ZodMiniObject<CreateShape<S["shape"]>, z.core.$strict> {
  const shape: Record<string, z.core.$ZodType> = { ...record.shape, id: z.optional(Id), sample: z.optional(z.boolean()) };
  if ("citations" in record.shape) shape.citations = z.optional(record.shape.citations!);
  if ("province" in record.shape) shape.province = z.optional(record.shape.province!);
  return z.strictObject(shape) as unknown as z.ZodMiniObject<CreateShape<S["shape"]>, z.core.$strict>;
}

/**
 * The body of `PATCH /v1/<collection>/{id}`: any fields of the create body but `id`, at least one.
 * A field given replaces the stored one whole (a list or nested object included); `null` clears a nullable field.
 */
// @__NO_SIDE_EFFECTS__
export function patchBodyOf<S extends z.ZodMiniObject>(record: S): z.ZodMiniType<PatchBody<S>, PatchBody<S>> {
  const { id: _id, ...rest } = createBodyOf(record).shape as z.core.$ZodShape;
  const patch = z.partial(z.strictObject(rest)).check(z.refine((fields) => Object.keys(fields).length > 0, "must change at least one field"));
  // The declared type is spelled from CreateBody so that published declarations stay checkable.
  return patch as unknown as z.ZodMiniType<PatchBody<S>, PatchBody<S>>;
}

/** A create body of the collection whose record schema is `S`, as an SDK writer takes it. */
export type CreateBody<S extends z.ZodMiniObject> = z.input<ReturnType<typeof createBodyOf<S>>>;
/** A patch body: any fields of the create body but `id`. */
export type PatchBody<S extends z.ZodMiniObject> = Partial<Omit<CreateBody<S>, "id">>;

/** The query of `GET /v1/<collection>/imports/template`: the file's format (default xlsx) and the language of its column names (default zh-CN). */
export const ImportTemplateQuery = z.object({
  format: z.optional(z.enum(["csv", "xlsx"])),
  lang: z.optional(z.enum(["zh-CN", "en"])),
});

export type ImportTemplateQuery = z.input<typeof ImportTemplateQuery>;
