import { defineElement } from "../shared/define.js";
import { CjPathway } from "./cj-pathway.js";

defineElement("cj-pathway", CjPathway);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjPathway } from "./cj-pathway.js";
