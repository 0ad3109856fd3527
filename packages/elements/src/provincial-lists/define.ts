import { defineElement } from "../shared/define.js";
import { CjProvincialLists } from "./cj-provincial-lists.js";

defineElement("cj-provincial-lists", CjProvincialLists);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjProvincialLists } from "./cj-provincial-lists.js";
