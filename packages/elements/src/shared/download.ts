/** Offers `blob` as a file download named `fileName`. */
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started once click() returns; the URL is released after this task.
  setTimeout(() => URL.revokeObjectURL(url));
}
