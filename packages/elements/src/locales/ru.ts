import type { LocaleMessages } from "../shared/i18n/locale-messages.js";
import { registerLocale } from "../shared/i18n/registry.js";

/**
 * Russian for `<cj-cooperation-card>` and `<cj-cooperation-list>`: the strings every widget shares,
 * the pager, the cooperation kinds and statuses, and the two widgets' own strings. Importing this
 * module registers it under `ru`; other widgets on a `lang="ru"` page speak English.
 */
export const messages = {
  common: {
    loading: "Загрузка…",
    retry: "Повторить",
    noClient: "Нет источника данных: поместите компонент внутрь <cj-provider> с атрибутом base-url.",
    invalidSetting: (setting) => `Недопустимая настройка: ${setting}`,
    sample: "Демонстрационные данные",
    sampleHint: "Эта запись содержит сгенерированные демонстрационные данные, а не официальные сведения.",
    sourcePrefix: "Источник: ",
  },
  pager: { previous: "Назад", next: "Вперёд", pages: "Страницы", position: (page, count) => `Страница ${page} из ${count}` },
  cooperationKinds: {
    "luban-workshop": "Мастерская Лубань",
    "chinese-plus-skills": "Китайский язык + профессиональные навыки",
    standard: "Экспорт стандартов профессионального образования",
    platform: "Платформа сотрудничества",
    competition: "Международный конкурс",
  },
  cooperationStatuses: { operating: "Работает", "under-construction": "Строится", planned: "Готовится к открытию" },
  "cj-cooperation-card": {
    noProject: "Проект сотрудничества не указан.",
    projectFailed: "Не удалось загрузить проект сотрудничества.",
    projectNotFound: "Этот проект сотрудничества не найден.",
    labels: { kind: "Тип", countries: "Страны", host: "Принимающая организация", partners: "Китайские партнёры", fields: "Направления", opened: "Открытие", status: "Статус" },
  },
  "cj-cooperation-list": {
    projectsFailed: "Не удалось загрузить проекты сотрудничества.",
    noProjects: "Нет подходящих проектов сотрудничества.",
    filters: "Фильтр проектов сотрудничества",
    allKinds: "Все типы",
    allCountries: "Все страны",
    labels: { kind: "Тип", country: "Страна", field: "Направление" },
    fieldPlaceholder: "например, новая энергетика",
    count: (shown) => `Проектов: ${shown}`,
    withCount: (label, count) => `${label} (${count})`,
  },
} satisfies LocaleMessages;

registerLocale("ru", messages);
