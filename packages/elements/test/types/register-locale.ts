// Compiled by `tsc -p test/types` (never run): a language's tables are typed, so a missing key is an error.
import { registerLocale, type CommonMessages } from "@chanjiao/elements";

const common: CommonMessages = {
  loading: "Wird geladen…",
  retry: "Erneut versuchen",
  noClient: "Keine Datenquelle.",
  invalidSetting: (setting) => `Ungültige Einstellung: ${setting}`,
  sample: "Beispieldaten",
  sampleHint: "Erzeugte Beispieldaten.",
  sourcePrefix: "Quelle: ",
};
registerLocale("de", { common });
registerLocale("de", { common, cooperationStatuses: { operating: "In Betrieb", "under-construction": "Im Bau", planned: "Geplant" } });

const { retry: _retry, ...withoutRetry } = common;
// @ts-expect-error `common` lacks `retry`
registerLocale("de", { common: withoutRetry });
// @ts-expect-error a language must supply the shared strings
registerLocale("de", { cooperationStatuses: { operating: "In Betrieb", "under-construction": "Im Bau", planned: "Geplant" } });
// @ts-expect-error a vocabulary group is supplied whole: `planned` is missing
registerLocale("de", { common, cooperationStatuses: { operating: "In Betrieb", "under-construction": "Im Bau" } });
