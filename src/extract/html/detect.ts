/** Whether a file holds a web page rather than plain text: by its name, or by how its content begins. */
export function looksLikeHtml(content: string, fileName?: string): boolean {
  if (fileName !== undefined && /\.html?$/i.test(fileName)) return true;
  // Whitespace, a byte-order mark and comments may come first; then a doctype or one of the outer tags.
  const start = content.slice(0, 4096).replace(/^(?:[\s\uFEFF]+|<!--[\s\S]*?-->)*/, '');
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(start);
}
