import { defineElement } from "../shared/define.js";
import { CjProgrammeList } from "./cj-programme-list.js";

defineElement("cj-programme-list", CjProgrammeList);
