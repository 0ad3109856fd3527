import { defineElement } from "../shared/define.js";
import { CjConsortiumMap } from "./cj-consortium-map.js";

defineElement("cj-consortium-map", CjConsortiumMap);
