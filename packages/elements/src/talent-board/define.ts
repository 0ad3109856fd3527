import { defineElement } from "../shared/define.js";
import { CjTalentBoard } from "./cj-talent-board.js";

defineElement("cj-talent-board", CjTalentBoard);
