import { defineElement } from "../shared/define.js";
import { CjSchoolProfile } from "./cj-school-profile.js";

defineElement("cj-school-profile", CjSchoolProfile);
