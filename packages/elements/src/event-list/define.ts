import { defineElement } from "../shared/define.js";
import { CjEventList } from "./cj-event-list.js";

defineElement("cj-event-list", CjEventList);
