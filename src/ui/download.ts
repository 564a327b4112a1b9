/** Saves a blob as a file the browser downloads, named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Long enough for the browser to start reading it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
