import { defineElement } from "../shared/define.js";
import { CjProvincialLists } from "./cj-provincial-lists.js";

defineElement("cj-provincial-lists", CjProvincialLists);
