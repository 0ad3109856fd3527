/** The next `type` event on `target`, typed by the page's event map (which lists the cj-* events). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => {
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true });
  });
}
