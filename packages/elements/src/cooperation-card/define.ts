import { defineElement } from "../shared/define.js";
import { CjCooperationCard } from "./cj-cooperation-card.js";

defineElement("cj-cooperation-card", CjCooperationCard);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjCooperationCard } from "./cj-cooperation-card.js";
