import { defineElement } from "../shared/define.js";
import { CjConsortiumMap } from "./cj-consortium-map.js";

defineElement("cj-consortium-map", CjConsortiumMap);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjConsortiumMap } from "./cj-consortium-map.js";
