import { type CollectionName, collections } from "@chanjiao/sdk";
import type { NamedSchema } from "./components.js";

/** The component name of a collection's record: `majorCategories` → `MajorCategory`. */
export const recordSchemaName = (name: CollectionName) =>
  (name.charAt(0).toUpperCase() + name.slice(1)).replace(/ies$/, "y").replace(/ia$/, "ium").replace(/s$/, "");

/** A collection's record, under its component name. */
export const recordSchema = (name: CollectionName): NamedSchema => ({ name: recordSchemaName(name), schema: collections[name].schema });
