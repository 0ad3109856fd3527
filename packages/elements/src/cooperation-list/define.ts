import "../cooperation-card/define.js";
import { defineElement } from "../shared/define.js";
import { CjCooperationList } from "./cj-cooperation-list.js";

defineElement("cj-cooperation-list", CjCooperationList);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjCooperationList } from "./cj-cooperation-list.js";
