import { defineElement } from "../shared/define.js";
import { CjPracticeCentres } from "./cj-practice-centres.js";

defineElement("cj-practice-centres", CjPracticeCentres);
