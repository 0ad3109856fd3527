/**
 * Records every file a widget offers for download in the tests of the current `describe`, as a
 * `File` named as the browser would save it, cleared before each test. The download link is not
 * followed, so nothing is written to disk.
 */
export function capturedDownloads(): File[] {
  const captured: File[] = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  beforeEach(() => {
    captured.length = 0;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = createObjectURL.call(URL, blob);
      blobs.set(url, blob as Blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (this.download && blob) captured.push(new File([blob], this.download, { type: blob.type }));
      else click.call(this);
    };
  });
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  });
  return captured;
}
