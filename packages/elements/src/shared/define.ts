import { VERSION } from "./version.js";

/** A custom element class that may say which @chanjiao/elements version it comes from. */
type VersionedElement = CustomElementConstructor & { readonly version?: string };

const warnedTags = new Set<string>();

/**
 * Registers `tag` unless the page already has it. A site may load two copies of the components
 * (a CMS plug-in and a page script, say); throwing would break the second copy's page, so the
 * first definition wins and the clash is reported once per tag.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing === undefined) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  const theirs = existing.version === undefined ? "another definition" : `version ${existing.version}`;
  const ours = ctor.version ?? VERSION;
  console.warn(`<${tag}> is already defined by ${theirs}; @chanjiao/elements ${ours} leaves it in place.`);
}
