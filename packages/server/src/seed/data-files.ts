import { readFileSync } from "node:fs";

/** The folder of sourced data files shipped with the package. */
export const dataDirectory = new URL("../../data/", import.meta.url);

/** Reads one data file. The shapes below describe the files as they are; they are not the contract. */
export function readDataFile<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, dataDirectory), "utf8")) as T;
}

export interface ProvincesFile {
  source: { codes: string };
  records: Array<{ code: string; name: string; shortName: string; nameEn: string }>;
}

export interface CityConsortiaFile {
  records: Array<{
    batch: number | null;
    name: string | null;
    location?: string;
    provinceCode: string;
    city: string;
    park: string | null;
    leadSchools: string[] | null;
    leadEnterprises: string[] | null;
    members?: string;
    industries?: string;
    launched?: string;
    confirmed?: boolean;
    status?: string;
    note?: string;
    source: string;
  }>;
}

export interface IndustryCommunitiesFile {
  records: Array<{
    name: string;
    industry: string;
    founded: string | null;
    place?: string;
    hosts?: string;
    leadEnterprise: string | null;
    leadUniversities: string[] | null;
    leadVocational: string[] | null;
    members?: string;
    status?: string;
    other?: string;
    guidedBy?: string;
    source: string;
  }>;
}

export interface LubanWorkshopsFile {
  records: Array<{
    country: string;
    countryZh: string;
    hostInstitution: string;
    chineseInstitutions: string[];
    enterprises?: string[];
    opened: string | null;
    status?: string;
    fields: string[] | null;
    notes?: string;
    source: string;
  }>;
}

export interface EventsPlatformsFile {
  records: Array<{
    type: string;
    name: string;
    dates?: string;
    place?: string;
    organisers?: string;
    owner?: string;
    theme?: string;
    scale?: string;
    note?: string;
    launched?: string;
    modules?: string[];
    figures?: string | Array<{ asOf: string; value: string; source: string }>;
    officialPage?: string;
    source?: string;
  }>;
}

type LevelCode = { code: string; status: string };
export interface MajorCategoriesFile {
  source: { official: string };
  records: Array<{ order: number; name: string; nameEn: string; codes: { gaozhiZhuanke: LevelCode; zhongzhi: LevelCode; zhiyeBenke: LevelCode } }>;
}

interface CatalogueRecord {
  code: string;
  name: string;
  level: string;
  categoryCode: string;
  classCode: string;
  className: string;
  source: string;
  addedIn?: string;
  conflict?: string;
}

export interface MajorCatalogueFile {
  sources: Array<{ id: string; officialPage?: string }>;
  missing: Record<string, string>;
  records: CatalogueRecord[];
  additionsAfter2021: { records: CatalogueRecord[] };
  verificationSample: Array<{ code: string; result: string }>;
}

export interface MajorClassNamesFile {
  source: string;
  names: Record<string, string>;
}

/** province-pilots.json: clause 3's pilots, incentive policies and implementing documents; dates and gaps in the compiler's words. */
export interface ProvincePilotsFile {
  pilots: Array<{ provinceCode: string; stage: string; programme: string; date: string; document: string; areas: string[]; source: string; confidence: string }>;
  policies: Array<{ provinceCode: string; categories: string[]; policy: string; issuer: string; date: string; content: string; source: string; confidence: string }>;
  implementingDocuments: Array<{ provinceCode: string; title: string; implements: string; date: string; source: string; confidence: string }>;
}

/** reform-wording.json: the reform records' wording in Chinese and English, keyed by the text of province-pilots.json. */
export interface ReformWordingFile {
  pilots: Record<string, { programme: string; programmeEn: string; document?: string; documentEn?: string }>;
  policies: Record<string, { title: string; titleEn: string; content: string; contentEn: string }>;
  implementingDocuments: Record<string, { title: string; titleEn: string; implements?: string; implementsEn?: string }>;
}
