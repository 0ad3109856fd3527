import * as z from "zod/mini";
import { provenance, RegionCode } from "./common.js";

/** A provincial-level division or a prefecture-level city, identified by its GB/T 2260 code. */
export const Region = z.object({
  id: RegionCode,
  code: RegionCode,
  name: z.string(),
  shortName: z.string(),
  nameEn: z.string(),
  level: z.enum(["province", "city"]),
  /** The province of a city; `null` for a province. */
  parent: z.nullable(RegionCode),
  ...provenance,
});
export type Region = z.infer<typeof Region>;
