import { Confidence, type ImplementingDocument, type IncentiveKind, type IncentivePolicy, type PilotStage, type ProvincePilot } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { provinceOf } from "./cities.js";
import { type ProvincePilotsFile, readDataFile, type ReformWordingFile } from "./data-files.js";
import { stableId } from "./ids.js";
import { sourcedBy } from "./citations.js";

/** The reform records of clause 3, as province-pilots.json gives them. */
export interface ReformRecords {
  provincePilots: ProvincePilot[];
  incentivePolicies: IncentivePolicy[];
  implementingDocuments: ImplementingDocument[];
}

const stages: Record<string, PilotStage> = { "1": "trial-zone", "2": "highland", "3": "new-model" };
const kinds: Record<string, IncentiveKind> = { 金融: "finance", 财政: "fiscal", 土地: "land", 信用: "credit", 就业: "employment", 收入分配: "income" };

/** The compiler's English wording for a fact the sources do not give. */
const gapWording = /^(not found|none\b|no agreement|issuer not named|not stated|unknown)/i;

/** The date a wording starts with (`2020-08 (启动大会)` → `2020-08`); a wording that starts otherwise (`as of 2022-02`, `01-29`) gives none. */
function leadingDate(wording: string): string | null {
  return /^\d{4}(-\d{2}(-\d{2})?)?(?![\d-])/.exec(wording)?.[0] ?? null;
}

/** The band a confidence wording starts with; `low-medium` and `medium-low` are one band. */
function confidenceOf(wording: string): Confidence {
  const band = /^(high|medium-high|medium-low|low-medium|medium|low)\b/.exec(wording)?.[1];
  return z.parse(Confidence, band === "low-medium" ? "medium-low" : band);
}

const fact = (wording: string): string | null => (gapWording.test(wording) ? null : wording);

/** The compiler's remarks that the record's fields do not hold: a date's wording, a gap's wording, the confidence's reasons. */
function noteOf(remarks: Record<string, string | null>): string | null {
  const kept = Object.entries(remarks).filter((entry): entry is [string, string] => entry[1] !== null);
  return kept.length ? kept.map(([label, text]) => `${label}: ${text}`).join("; ") : null;
}

function sourcing(record: { date: string; confidence: string; source: string }, gaps: Record<string, string> = {}) {
  const date = leadingDate(record.date);
  const band = confidenceOf(record.confidence);
  return {
    date,
    ...sourcedBy(record.source),
    sample: false,
    confidence: band,
    note: noteOf({
      date: record.date === date ? null : record.date,
      ...Object.fromEntries(Object.entries(gaps).map(([label, text]) => [label, fact(text) === null ? text : null])),
      confidence: record.confidence === band ? null : record.confidence,
    }),
  };
}

/** The issuer a document's title names: a parenthesis naming who issued it, or the body before 关于 in the title. */
function publisherIn(title: string): string | null {
  const parenthesis = /[(（]([^()（）]*?)(印发)?[)）]/.exec(title);
  if (parenthesis && (parenthesis[2] || /(委|政府|厅|部)$/.test(parenthesis[1]!))) return parenthesis[1]!;
  return /《([^《》]*?(政府|委员会|厅|部))关于/.exec(title)?.[1] ?? null;
}

/** A record's wording in Chinese and English, by the data file's text; every record of the file has one. */
function wordingOf<T>(wordings: Record<string, T>, text: string): T {
  const wording = wordings[text];
  if (wording === undefined) throw new Error(`reform-wording.json has no wording for ${JSON.stringify(text)}`);
  return wording;
}

/**
 * Reads province-pilots.json: every record, with its facts as they are; a fact the sources do not
 * give stays `null`, with the compiler's words in `note`. The file's mixed Chinese and English
 * summaries are shown in reform-wording.json's Chinese and English.
 */
export function loadReformRecords(): ReformRecords {
  const file = readDataFile<ProvincePilotsFile>("province-pilots.json");
  const wording = readDataFile<ReformWordingFile>("reform-wording.json");
  return {
    provincePilots: file.pilots.map((record) => {
      const { programme, programmeEn, document, documentEn } = wordingOf(wording.pilots, record.programme);
      const given = fact(record.document) !== null;
      return {
        id: stableId("pilot", `${record.provinceCode} ${record.stage} ${record.programme}`),
        province: record.provinceCode,
        stage: stages[record.stage.charAt(0)]!,
        programme,
        programmeEn,
        document: given ? (document ?? record.document) : null,
        ...(given && documentEn ? { documentEn } : {}),
        areas: record.areas,
        ...sourcing(record, { document: record.document }),
      };
    }),
    incentivePolicies: file.policies.map((record) => {
      const { title, titleEn, content, contentEn } = wordingOf(wording.policies, record.policy);
      return {
        id: stableId("policy", `${record.provinceCode} ${record.policy}`),
        province: record.provinceCode,
        kinds: record.categories.map((category) => kinds[category]!),
        title,
        titleEn,
        issuer: fact(record.issuer),
        content,
        contentEn,
        ...sourcing(record, { issuer: record.issuer }),
      };
    }),
    implementingDocuments: file.implementingDocuments.map((record) => {
      const province = provinceOf(record.provinceCode);
      const { title, titleEn, implements: implementsZh, implementsEn } = wordingOf(wording.implementingDocuments, record.title);
      const implemented = fact(record.implements);
      return {
        id: stableId("document", `${record.provinceCode} ${record.title}`),
        province,
        region: record.provinceCode === province ? null : record.provinceCode,
        title,
        titleEn,
        publisher: publisherIn(record.title),
        implements: implemented === null ? null : (implementsZh ?? implemented),
        ...(implemented !== null && implementsEn ? { implementsEn } : {}),
        url: /https?:\/\/[^\s<>"]+/.exec(record.source)?.[0] ?? null,
        ...sourcing(record, { implements: record.implements }),
      };
    }),
  };
}
