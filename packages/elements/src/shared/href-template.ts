import { isServer } from "lit";

/**
 * Fills a link template a site gives as an attribute, such as `/pathways?major-category={majorCategoryId}`,
 * with the fields of a record. Values are URL-encoded, so data can never change the link's shape;
 * the result is kept only when it resolves to an http(s) URL, so no template yields a `javascript:` link.
 */
export function fillHrefTemplate(template: string, fields: Readonly<Record<string, unknown>>): string | undefined {
  const href = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = fields[key];
    return value === null || value === undefined ? "" : encodeURIComponent(String(value));
  });
  try {
    // A relative link takes the protocol of its base; on the server any http base says as much.
    const { protocol } = new URL(href, isServer ? "http://localhost/" : document.baseURI);
    return protocol === "http:" || protocol === "https:" ? href : undefined;
  } catch {
    return undefined;
  }
}
