import { defineElement } from "../shared/define.js";
import { CjEventList } from "./cj-event-list.js";

defineElement("cj-event-list", CjEventList);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjEventList } from "./cj-event-list.js";
