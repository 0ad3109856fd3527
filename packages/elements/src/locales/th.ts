import type { LocaleMessages } from "../shared/i18n/locale-messages.js";
import { registerLocale } from "../shared/i18n/registry.js";

/**
 * Thai for `<cj-cooperation-card>` and `<cj-cooperation-list>`: the strings every widget shares,
 * the pager, the cooperation kinds and statuses, and the two widgets' own strings. Importing this
 * module registers it under `th`; other widgets on a `lang="th"` page speak English.
 */
export const messages = {
  common: {
    loading: "กำลังโหลด…",
    retry: "ลองอีกครั้ง",
    noClient: "ไม่มีแหล่งข้อมูล: โปรดวางคอมโพเนนต์ไว้ภายใน <cj-provider> ที่กำหนด base-url",
    invalidSetting: (setting) => `การตั้งค่าไม่ถูกต้อง: ${setting}`,
    sample: "ข้อมูลตัวอย่าง",
    sampleHint: "รายการนี้เป็นข้อมูลตัวอย่างที่สร้างขึ้น ไม่ใช่ตัวเลขทางการ",
    sourcePrefix: "ที่มา: ",
  },
  pager: { previous: "ก่อนหน้า", next: "ถัดไป", pages: "หน้า", position: (page, count) => `หน้า ${page} จาก ${count}` },
  cooperationKinds: {
    "luban-workshop": "ลู่ปันเวิร์กช็อป",
    "chinese-plus-skills": "ภาษาจีน + ทักษะวิชาชีพ",
    standard: "การส่งออกมาตรฐานการศึกษาวิชาชีพ",
    platform: "แพลตฟอร์มความร่วมมือ",
    competition: "การแข่งขันระดับนานาชาติ",
  },
  cooperationStatuses: { operating: "เปิดดำเนินการ", "under-construction": "อยู่ระหว่างก่อสร้าง", planned: "อยู่ระหว่างเตรียมการ" },
  "cj-cooperation-card": {
    noProject: "ไม่ได้ระบุโครงการความร่วมมือ",
    projectFailed: "โหลดโครงการความร่วมมือไม่สำเร็จ",
    projectNotFound: "ไม่พบโครงการความร่วมมือนี้",
    labels: { kind: "ประเภท", countries: "ประเทศ", host: "สถาบันเจ้าภาพ", partners: "พันธมิตรฝ่ายจีน", fields: "สาขา", opened: "เปิดเมื่อ", status: "สถานะ" },
  },
  "cj-cooperation-list": {
    projectsFailed: "โหลดรายการโครงการความร่วมมือไม่สำเร็จ",
    noProjects: "ไม่มีโครงการความร่วมมือที่ตรงกับเงื่อนไข",
    filters: "กรองโครงการความร่วมมือ",
    allKinds: "ทุกประเภท",
    allCountries: "ทุกประเทศ",
    labels: { kind: "ประเภท", country: "ประเทศ", field: "สาขา" },
    fieldPlaceholder: "เช่น พลังงานใหม่",
    count: (shown) => `ทั้งหมด ${shown} โครงการ`,
    withCount: (label, count) => `${label} (${count})`,
  },
} satisfies LocaleMessages;

registerLocale("th", messages);
