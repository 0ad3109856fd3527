import { defineElement } from "../shared/define.js";
import { CjConsortiumCard } from "./cj-consortium-card.js";

defineElement("cj-consortium-card", CjConsortiumCard);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjConsortiumCard } from "./cj-consortium-card.js";
