/**
 * Reading custom-elements.json: the custom elements it declares, with what a page can set and
 * hear, in the order their tags sort.
 */

/**
 * @param {any} manifest - A parsed custom-elements.json.
 * @returns {Array<{ tagName: string, className: string, modulePath: string, summary?: string, description?: string,
 *   attributes: any[], properties: any[], events: any[], slots: any[], cssParts: any[], cssProperties: any[] }>}
 */
export function customElementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        modulePath: module.path,
        summary: declaration.summary,
        description: declaration.description,
        attributes: declaration.attributes ?? [],
        properties: (declaration.members ?? []).filter(
          (member) => member.kind === "field" && !member.static && (member.privacy ?? "public") === "public" && !member.readonly,
        ),
        events: declaration.events ?? [],
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The string literals of a union type such as `"chart" | "table" | undefined`; none otherwise. */
export function literalValues(typeText = "") {
  const members = typeText.split("|").map((member) => member.trim()).filter((member) => member !== "undefined");
  return members.every((member) => /^"[^"]*"$/.test(member)) ? members.map((member) => member.slice(1, -1)) : [];
}
