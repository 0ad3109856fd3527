import { createClient, HttpError, Industry, ValidationError, type ChanjiaoClient } from "@chanjiao/sdk";

/** Where the choices of an id attribute come from. */
export type PickerSource = "schools" | "consortia" | "cooperationProjects" | "provinces" | "regions" | "majorCategories" | "industries";

// The attributes that name a record, by the name every widget gives them.
const sources: Record<string, PickerSource> = {
  "school-id": "schools",
  "consortium-id": "consortia",
  "project-id": "cooperationProjects",
  province: "provinces",
  region: "regions",
  "major-category": "majorCategories",
  industry: "industries",
};

export const pickerOf = (attribute: string): PickerSource | undefined => sources[attribute];

/** One choice of a picker: the value the attribute takes and what the user reads. */
export interface Choice {
  value: string;
  label: string;
}

/** The client of the API the builder previews against; `api` may be relative to the builder. */
export function clientOf(api: string, isStatic: boolean): ChanjiaoClient {
  return createClient({ baseUrl: new URL(api, location.href).href, static: isStatic });
}

async function collect<T>(records: AsyncIterable<T>, choice: (record: T) => Choice): Promise<Choice[]> {
  const choices: Choice[] = [];
  for await (const record of records) choices.push(choice(record));
  return choices;
}

/** Every choice of `source` the API holds, named in `lang`. */
export async function loadChoices(client: ChanjiaoClient, source: PickerSource, lang: string): Promise<Choice[]> {
  const english = lang === "en";
  const named = (record: { id: string; name: string; nameEn?: string | null }) => ({ value: record.id, label: (english && record.nameEn) || record.name });
  switch (source) {
    case "schools":
      return collect(client.schools.all({ limit: 200 }), named);
    case "consortia":
      return collect(client.consortia.all({ limit: 200 }), named);
    case "cooperationProjects":
      return collect(client.cooperationProjects.all({ limit: 200 }), named);
    case "majorCategories":
      return collect(client.majorCategories.all({ limit: 200 }), named);
    case "regions":
    case "provinces": {
      const regions: Choice[] = [];
      for await (const region of client.regions.all({ limit: 200 })) {
        if (source === "regions" || region.level === "province") regions.push({ value: region.code, label: english ? region.nameEn : region.name });
      }
      return regions;
    }
    case "industries":
      return Industry.options.map((industry) => ({ value: industry, label: industry }));
  }
}

/**
 * Whether the record `value` names exists, asked of the API: `false` when it answers 404 (or the
 * value is not even a well-formed id), `true` when it answers the record. Other failures reject.
 */
export async function recordExists(client: ChanjiaoClient, source: PickerSource, value: string): Promise<boolean> {
  if (source === "industries") return (Industry.options as readonly string[]).includes(value);
  const collection = source === "provinces" || source === "regions" ? client.regions : client[source];
  try {
    const record = await collection.get(value);
    return source !== "provinces" || (record as { level?: string }).level === "province";
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return false;
    if (error instanceof ValidationError) return false;
    throw error;
  }
}
