/** Hands a text to the browser as a file download, from an extension page (a `data:` link, clicked). */
export function downloadText(doc: Document, text: string, fileName: string, type: string): void {
  const link = doc.createElement('a');
  link.href = `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  link.download = fileName;
  link.click();
}
