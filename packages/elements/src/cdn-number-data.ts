let loaded = false;

/**
 * Has the browser load its number-formatting data, once, while a widget's files and data are on
 * their way. The first `Intl.NumberFormat` of a page, in any language, costs tens of milliseconds
 * on a phone; made here, that time is spent waiting on the network rather than between the data's
 * arrival and the widget's first draw, whose figures are formatted numbers. It waits for a task of
 * its own so that the requests just started leave first.
 */
export function loadNumberData(): void {
  if (loaded) return;
  loaded = true;
  setTimeout(() => new Intl.NumberFormat().format(0));
}
