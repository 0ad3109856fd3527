import type { LocaleMessages } from "../shared/i18n/locale-messages.js";
import { registerLocale } from "../shared/i18n/registry.js";

/**
 * Spanish for `<cj-cooperation-card>` and `<cj-cooperation-list>`: the strings every widget shares,
 * the pager, the cooperation kinds and statuses, and the two widgets' own strings. Importing this
 * module registers it under `es`; other widgets on a `lang="es"` page speak English.
 */
export const messages = {
  common: {
    loading: "Cargando…",
    retry: "Reintentar",
    noClient: "Sin fuente de datos: coloque el componente dentro de un <cj-provider> con base-url.",
    invalidSetting: (setting) => `Ajuste no válido: ${setting}`,
    sample: "Datos de muestra",
    sampleHint: "Este registro contiene datos de muestra generados, no cifras oficiales.",
    sourcePrefix: "Fuente: ",
  },
  pager: { previous: "Anterior", next: "Siguiente", pages: "Páginas", position: (page, count) => `Página ${page} de ${count}` },
  cooperationKinds: {
    "luban-workshop": "Taller Luban",
    "chinese-plus-skills": "Chino + competencias profesionales",
    standard: "Exportación de estándares de formación profesional",
    platform: "Plataforma de cooperación",
    competition: "Competición internacional",
  },
  cooperationStatuses: { operating: "En funcionamiento", "under-construction": "En construcción", planned: "En preparación" },
  "cj-cooperation-card": {
    noProject: "No se ha indicado ningún proyecto de cooperación.",
    projectFailed: "No se pudo cargar el proyecto de cooperación.",
    projectNotFound: "No se encontró este proyecto de cooperación.",
    labels: { kind: "Tipo", countries: "Países", host: "Institución anfitriona", partners: "Socios chinos", fields: "Ámbitos", opened: "Apertura", status: "Estado" },
  },
  "cj-cooperation-list": {
    projectsFailed: "No se pudieron cargar los proyectos de cooperación.",
    noProjects: "Ningún proyecto de cooperación coincide.",
    filters: "Filtrar proyectos de cooperación",
    allKinds: "Todos los tipos",
    allCountries: "Todos los países",
    labels: { kind: "Tipo", country: "País", field: "Ámbito" },
    fieldPlaceholder: "p. ej., nuevas energías",
    count: (shown) => `Proyectos: ${shown}`,
    withCount: (label, count) => `${label} (${count})`,
  },
} satisfies LocaleMessages;

registerLocale("es", messages);
