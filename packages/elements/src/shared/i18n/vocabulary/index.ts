import type {
  CatalogueLevel,
  Confidence,
  Consortium,
  ConsortiumKind,
  CooperationKind,
  CooperationProject,
  CouncilSeat,
  EventKind,
  IncentiveKind,
  Industry,
  PathwayKind,
  PilotStage,
  PracticeCentreKind,
  PracticeFunction,
  ProvincialListKind,
  SchoolLevel,
  ServicePlatformKind,
  TrainingMode,
} from "@chanjiao/sdk";

// The domain's words, keyed by the SDK's enums: the one place they are translated, for the widgets,
// the docs and the console. Each group is a table of its own, kept in modules by subject so that a
// bundle (and each widget's CDN chunk) carries only the groups its widgets name; a language added
// with `registerLocale` supplies a group under the same key.

/** The words of every group of the vocabulary, as a language supplies them. */
export interface Vocabulary {
  schoolLevels: Record<SchoolLevel, string>;
  catalogueLevels: Record<CatalogueLevel, string>;
  trainingModes: Record<TrainingMode, string>;
  pathwayKinds: Record<PathwayKind, string>;
  practiceCentreKinds: Record<PracticeCentreKind, string>;
  practiceFunctions: Record<PracticeFunction, string>;
  consortiumKinds: Record<ConsortiumKind, string>;
  consortiumStatuses: Record<Consortium["status"], string>;
  councilRoles: Record<CouncilSeat["role"], string>;
  servicePlatformKinds: Record<ServicePlatformKind, string>;
  cooperationKinds: Record<CooperationKind, string>;
  cooperationStatuses: Record<CooperationProject["status"], string>;
  provincialListKinds: Record<ProvincialListKind, string>;
  eventKinds: Record<EventKind, string>;
  /** The three stages of 部省共建 (clause 3). */
  pilotStages: Record<PilotStage, string>;
  /** The six kinds of incentive clause 3 names. */
  incentiveKinds: Record<IncentiveKind, string>;
  /** How well a record's sources bear it out. */
  confidences: Record<Confidence, string>;
  /** The policy's priority industries; the data names them in Chinese. */
  industries: Record<Industry, string>;
}

export * from "./levels.js";
export * from "./modes.js";
export * from "./practice.js";
export * from "./consortia.js";
export * from "./cooperation.js";
export * from "./lists.js";
export * from "./industries.js";
export * from "./reform.js";
