import { defineElement } from "../shared/define.js";
import { CjTalentBoard } from "./cj-talent-board.js";

defineElement("cj-talent-board", CjTalentBoard);

// Keeps the tag's entry of HTMLElementTagNameMap in this module's declarations.
export type { CjTalentBoard } from "./cj-talent-board.js";
