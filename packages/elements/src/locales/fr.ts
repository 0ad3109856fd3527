import type { LocaleMessages } from "../shared/i18n/locale-messages.js";
import { registerLocale } from "../shared/i18n/registry.js";

/**
 * French for `<cj-cooperation-card>` and `<cj-cooperation-list>`: the strings every widget shares,
 * the pager, the cooperation kinds and statuses, and the two widgets' own strings. Importing this
 * module registers it under `fr`; other widgets on a `lang="fr"` page speak English.
 */
export const messages = {
  common: {
    loading: "Chargement…",
    retry: "Réessayer",
    noClient: "Aucune source de données : placez le composant dans un <cj-provider> doté d’un base-url.",
    invalidSetting: (setting) => `Paramètre non valide : ${setting}`,
    sample: "Données d’exemple",
    sampleHint: "Cette fiche contient des données d’exemple générées, pas des chiffres officiels.",
    sourcePrefix: "Source : ",
  },
  pager: { previous: "Précédent", next: "Suivant", pages: "Pages", position: (page, count) => `Page ${page} sur ${count}` },
  cooperationKinds: {
    "luban-workshop": "Atelier Luban",
    "chinese-plus-skills": "Chinois + compétences professionnelles",
    standard: "Normes de formation professionnelle exportées",
    platform: "Plateforme de coopération",
    competition: "Concours international",
  },
  cooperationStatuses: { operating: "En activité", "under-construction": "En construction", planned: "En préparation" },
  "cj-cooperation-card": {
    noProject: "Aucun projet de coopération indiqué.",
    projectFailed: "Le projet de coopération n’a pas pu être chargé.",
    projectNotFound: "Ce projet de coopération est introuvable.",
    labels: { kind: "Type", countries: "Pays", host: "Établissement partenaire", partners: "Partenaires chinois", fields: "Domaines", opened: "Ouverture", status: "Statut" },
  },
  "cj-cooperation-list": {
    projectsFailed: "Les projets de coopération n’ont pas pu être chargés.",
    noProjects: "Aucun projet de coopération ne correspond.",
    filters: "Filtrer les projets de coopération",
    allKinds: "Tous les types",
    allCountries: "Tous les pays",
    labels: { kind: "Type", country: "Pays", field: "Domaine" },
    fieldPlaceholder: "p. ex. énergies nouvelles",
    count: (shown) => `Projets : ${shown}`,
    withCount: (label, count) => `${label} (${count})`,
  },
} satisfies LocaleMessages;

registerLocale("fr", messages);
