import type { LocaleMessages } from "../shared/i18n/locale-messages.js";
import { registerLocale } from "../shared/i18n/registry.js";

/**
 * Arabic for `<cj-cooperation-card>` and `<cj-cooperation-list>`: the strings every widget shares,
 * the pager, the cooperation kinds and statuses, and the two widgets' own strings. Importing this
 * module registers it under `ar`; other widgets on a `lang="ar"` page speak English.
 */
export const messages = {
  dir: "rtl",
  common: {
    loading: "جارٍ التحميل…",
    retry: "إعادة المحاولة",
    noClient: "لا يوجد مصدر للبيانات: ضع المكوّن داخل عنصر <cj-provider> يحمل base-url.",
    invalidSetting: (setting) => `إعداد غير صالح: ${setting}`,
    sample: "بيانات تجريبية",
    sampleHint: "هذا السجل بيانات تجريبية مولَّدة، وليس أرقامًا رسمية.",
    sourcePrefix: "المصدر: ",
  },
  pager: { previous: "السابق", next: "التالي", pages: "الصفحات", position: (page, count) => `الصفحة ${page} من ${count}` },
  cooperationKinds: {
    "luban-workshop": "ورشة لوبان",
    "chinese-plus-skills": "اللغة الصينية + المهارات المهنية",
    standard: "تصدير معايير التعليم المهني",
    platform: "منصة تعاون",
    competition: "مسابقة دولية",
  },
  cooperationStatuses: { operating: "قيد التشغيل", "under-construction": "قيد الإنشاء", planned: "قيد التحضير" },
  "cj-cooperation-card": {
    noProject: "لم يُحدَّد مشروع تعاون.",
    projectFailed: "تعذّر تحميل مشروع التعاون.",
    projectNotFound: "لم يُعثر على مشروع التعاون هذا.",
    labels: { kind: "النوع", countries: "البلدان", host: "المؤسسة المضيفة", partners: "الشركاء الصينيون", fields: "المجالات", opened: "الافتتاح", status: "الحالة" },
  },
  "cj-cooperation-list": {
    projectsFailed: "تعذّر تحميل مشاريع التعاون.",
    noProjects: "لا توجد مشاريع تعاون مطابقة.",
    filters: "تصفية مشاريع التعاون",
    allKinds: "جميع الأنواع",
    allCountries: "جميع البلدان",
    labels: { kind: "النوع", country: "البلد", field: "المجال" },
    fieldPlaceholder: "مثلًا: الطاقة الجديدة",
    count: (shown) => `عدد المشاريع: ${shown}`,
    withCount: (label, count) => `${label} (${count})`,
  },
} satisfies LocaleMessages;

registerLocale("ar", messages);
