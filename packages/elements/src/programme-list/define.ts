import { defineElement } from "../shared/define.js";
import { CjProgrammeList } from "./cj-programme-list.js";

defineElement("cj-programme-list", CjProgrammeList);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjProgrammeList } from "./cj-programme-list.js";
