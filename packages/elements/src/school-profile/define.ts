import { defineElement } from "../shared/define.js";
import { CjSchoolProfile } from "./cj-school-profile.js";

defineElement("cj-school-profile", CjSchoolProfile);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjSchoolProfile } from "./cj-school-profile.js";
