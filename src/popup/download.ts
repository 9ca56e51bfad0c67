// Saves text as a file the way a web page does: a Blob behind a link with `download`, clicked.
// No "downloads" permission is needed for it.

export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the Blob once the download starts; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
