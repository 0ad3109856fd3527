import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

// Apart from the levels, which four widgets name: only the programme list names the training modes.
export const trainingModes = defineMessages<"trainingModes", Vocabulary["trainingModes"]>("trainingModes", {
  "zh-CN": { 订单培养: "订单培养", 委托培养: "委托培养", 学徒制: "学徒制", 五年一贯制: "五年一贯制", 中本衔接: "中本衔接", 中高职贯通: "中高职贯通" },
  en: {
    订单培养: "Order-based training",
    委托培养: "Commissioned training",
    学徒制: "Apprenticeship",
    五年一贯制: "Five-year programme",
    中本衔接: "Secondary-to-bachelor",
    中高职贯通: "Secondary-to-higher",
  },
});
