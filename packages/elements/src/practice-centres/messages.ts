import type { PracticeCentreKind, PracticeFunction } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";

export interface PracticeCentresMessages {
  centresFailed: string;
  noCentres: string;
  all: string;
  filters: string;
  count: (shown: string) => string;
  labels: Record<"kind" | "functions" | "operator" | "consortium", string>;
}

export const messages = defineMessages<"cj-practice-centres", PracticeCentresMessages>("cj-practice-centres", {
  "zh-CN": {
    centresFailed: "实践中心加载失败。",
    noCentres: "没有符合条件的实践中心。",
    all: "全部",
    filters: "筛选实践中心",
    count: (shown) => `共 ${shown} 个实践中心`,
    labels: { kind: "类型", functions: "功能", operator: "运营单位", consortium: "所属联合体" },
  },
  en: {
    centresFailed: "The practice centres could not be loaded.",
    noCentres: "No practice centre matches.",
    all: "All",
    filters: "Filter practice centres",
    count: (shown) => `${shown} practice centres`,
    labels: { kind: "Type", functions: "Functions", operator: "Operator", consortium: "Consortium" },
  },
});
