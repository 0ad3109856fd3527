import type { LocaleMessages } from "../shared/i18n/locale-messages.js";
import { registerLocale } from "../shared/i18n/registry.js";

/**
 * Portuguese for `<cj-cooperation-card>` and `<cj-cooperation-list>`: the strings every widget shares,
 * the pager, the cooperation kinds and statuses, and the two widgets' own strings. Importing this
 * module registers it under `pt`; other widgets on a `lang="pt"` page speak English.
 */
export const messages = {
  common: {
    loading: "A carregar…",
    retry: "Tentar novamente",
    noClient: "Sem fonte de dados: coloque o componente dentro de um <cj-provider> com base-url.",
    invalidSetting: (setting) => `Definição inválida: ${setting}`,
    sample: "Dados de exemplo",
    sampleHint: "Este registo contém dados de exemplo gerados, não números oficiais.",
    sourcePrefix: "Fonte: ",
  },
  pager: { previous: "Anterior", next: "Seguinte", pages: "Páginas", position: (page, count) => `Página ${page} de ${count}` },
  cooperationKinds: {
    "luban-workshop": "Oficina Luban",
    "chinese-plus-skills": "Chinês + competências profissionais",
    standard: "Exportação de normas de ensino profissional",
    platform: "Plataforma de cooperação",
    competition: "Competição internacional",
  },
  cooperationStatuses: { operating: "Em funcionamento", "under-construction": "Em construção", planned: "Em preparação" },
  "cj-cooperation-card": {
    noProject: "Nenhum projeto de cooperação indicado.",
    projectFailed: "Não foi possível carregar o projeto de cooperação.",
    projectNotFound: "Este projeto de cooperação não foi encontrado.",
    labels: { kind: "Tipo", countries: "Países", host: "Instituição anfitriã", partners: "Parceiros chineses", fields: "Áreas", opened: "Abertura", status: "Estado" },
  },
  "cj-cooperation-list": {
    projectsFailed: "Não foi possível carregar os projetos de cooperação.",
    noProjects: "Nenhum projeto de cooperação corresponde.",
    filters: "Filtrar projetos de cooperação",
    allKinds: "Todos os tipos",
    allCountries: "Todos os países",
    labels: { kind: "Tipo", country: "País", field: "Área" },
    fieldPlaceholder: "p. ex., novas energias",
    count: (shown) => `Projetos: ${shown}`,
    withCount: (label, count) => `${label} (${count})`,
  },
} satisfies LocaleMessages;

registerLocale("pt", messages);
