/** Saves a text or blob as a file download (browser only). */

/** Triggers a download of `data` named `fileName`. */
export function download(fileName: string, data: string | Blob, mediaType = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: mediaType }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file name for an export of `fileName` with a new extension (`.openapi.yaml`); pure. */
export function exportName(fileName: string, extension: string): string {
  const base = fileName.replace(/\.journey\.(ya?ml|json)$/i, '').replace(/\.(ya?ml|json)$/i, '');
  return `${base}${extension.startsWith('.') ? extension : `.${extension}`}`;
}
