import { defineElement } from "../shared/define.js";
import { CjProvinceProfile } from "./cj-province-profile.js";

defineElement("cj-province-profile", CjProvinceProfile);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjProvinceProfile } from "./cj-province-profile.js";
