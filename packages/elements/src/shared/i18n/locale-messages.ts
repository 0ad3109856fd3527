import type { ConsortiumCardMessages } from "../../consortium-card/messages.js";
import type { ConsortiumMapMessages } from "../../consortium-map/messages.js";
import type { CooperationCardMessages } from "../../cooperation-card/messages.js";
import type { CooperationListMessages } from "../../cooperation-list/messages.js";
import type { DemandFormMessages } from "../../demand-form/messages.js";
import type { EventListMessages } from "../../event-list/messages.js";
import type { PathwayMessages } from "../../pathway/messages.js";
import type { PracticeCentresMessages } from "../../practice-centres/messages.js";
import type { ProgrammeListMessages } from "../../programme-list/messages.js";
import type { ProvinceProfileMessages } from "../../province-profile/messages.js";
import type { ProvincialListsMessages } from "../../provincial-lists/messages.js";
import type { SchoolProfileMessages } from "../../school-profile/messages.js";
import type { TalentBoardMessages } from "../../talent-board/messages.js";
import type { PagerMessages } from "../pager.js";
import type { SourceMessages } from "../source-links.js";
import type { CommonMessages } from "./messages.js";
import type { Vocabulary } from "./vocabulary/index.js";

/** The strings of each widget of its own, under its tag name. */
export interface WidgetMessages {
  "cj-consortium-card": ConsortiumCardMessages;
  "cj-consortium-map": ConsortiumMapMessages;
  "cj-cooperation-card": CooperationCardMessages;
  "cj-cooperation-list": CooperationListMessages;
  "cj-demand-form": DemandFormMessages;
  "cj-event-list": EventListMessages;
  "cj-pathway": PathwayMessages;
  "cj-practice-centres": PracticeCentresMessages;
  "cj-programme-list": ProgrammeListMessages;
  "cj-province-profile": ProvinceProfileMessages;
  "cj-provincial-lists": ProvincialListsMessages;
  "cj-school-profile": SchoolProfileMessages;
  "cj-talent-board": TalentBoardMessages;
}

/**
 * A language as `registerLocale` takes it: the shared strings, and any groups of the vocabulary and
 * any widgets' tables, each complete. `dir: "rtl"` for a language written right to left.
 */
export type LocaleMessages = { dir?: "ltr" | "rtl"; common: CommonMessages; pager?: PagerMessages; sources?: SourceMessages } & Partial<Vocabulary> & Partial<WidgetMessages>;
