/**
 * Records every file a widget offers for download in the tests of the current `describe`: the
 * blobs handed to `URL.createObjectURL`, cleared before each test.
 */
export function capturedDownloads(): Blob[] {
  const captured: Blob[] = [];
  const original = URL.createObjectURL;
  beforeEach(() => {
    captured.length = 0;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      captured.push(blob as Blob);
      return original.call(URL, blob);
    };
  });
  afterEach(() => {
    URL.createObjectURL = original;
  });
  return captured;
}
