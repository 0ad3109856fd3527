import * as z from "zod/mini";
import { Id, provenance, RegionCode } from "./common.js";

/** An industrial park (产业园区) that a city-level consortium is built around. */
export const Park = z.object({
  id: Id,
  name: z.string(),
  region: z.nullable(RegionCode),
  province: RegionCode,
  ...provenance,
});
export type Park = z.infer<typeof Park>;
