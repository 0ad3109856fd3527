import { Industry } from "@chanjiao/sdk";
import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

/** Each industry with its name in `names`, given in the order of the SDK's `Industry`. */
function named(names: readonly string[]): Record<Industry, string> {
  return Object.fromEntries(Industry.options.map((industry, index) => [industry, names[index]!])) as Record<Industry, string>;
}

// The data and the notices name the industries in Chinese only; the English renderings are the project's.
export const industries = defineMessages<"industries", Vocabulary["industries"]>("industries", {
  // The data's own names: each industry is named in Chinese by its value.
  "zh-CN": named(Industry.options),
  // In the order of the SDK's `Industry` (新一代信息技术, 高档数控机床和机器人, …), so the Chinese names are not spelt twice.
  en: named([
    "New-generation information technology",
    "High-end CNC machine tools and robots",
    "Aerospace equipment",
    "Ships and marine engineering equipment",
    "Advanced rail transit equipment",
    "Energy-saving and new-energy vehicles",
    "Power equipment",
    "Agricultural machinery",
    "New materials",
    "Biomedicine and high-performance medical devices",
    "Ordnance industry",
    "High-end instruments",
    "Energy electronics",
    "New energy",
    "Green petrochemicals",
    "Modern services",
  ]),
});
