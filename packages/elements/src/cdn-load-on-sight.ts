/** Loads the module that registers a tag. */
export type TagLoader = () => Promise<unknown>;

/**
 * Runs each tag's loader once, when an element with that tag is first in the document: those there
 * now and those added later, inside added subtrees too. Once every loader has run nothing is
 * watched any more, so a page pays for the observer only until all its widgets are known.
 */
export function loadOnSight(loaders: ReadonlyMap<string, TagLoader>, root: Document = document): void {
  const pending = new Map(loaders);

  const load = (tag: string): void => {
    const loader = pending.get(tag);
    if (loader === undefined) return;
    pending.delete(tag);
    void loader();
  };

  const loadWithin = (node: Element | Document): void => {
    if (node instanceof Element) load(node.localName);
    if (pending.size === 0) return;
    for (const element of node.querySelectorAll([...pending.keys()].join(","))) load(element.localName);
  };

  loadWithin(root);
  if (pending.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && pending.size > 0) loadWithin(node);
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}
