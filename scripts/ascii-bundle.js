// Rewrites a CLI bundle in ASCII (scripts/build.js runs it on each). esbuild escapes non-ASCII characters in
// strings but leaves them in regular expression literals and String.raw templates, and a single such character
// makes V8 hold the whole bundle's source two bytes a character, which every run then decodes, copies and hashes at
// twice the cost of one byte.
import ts from 'typescript';

/** `\u2019` for ’: the escape of one UTF-16 code unit. */
const unitEscape = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;

/**
 * A literal's text with each non-ASCII code unit written as an escape. An escaped one (`\’`, an identity escape)
 * loses its backslash, which would otherwise escape the escape's own. Right for string literals, templates that are
 * not tagged and regular expressions (with or without the u flag), where `\uXXXX` is the character itself.
 */
function escapeLiteral(text, escape = unitEscape) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      out += text[i];
      continue;
    }
    const backslashes = /\\*$/.exec(out)[0].length;
    if (backslashes % 2 === 1) out = out.slice(0, -1);
    out += escape(unit, backslashes % 2 === 1);
  }
  return out;
}

/**
 * The bundle's source in ASCII, meaning the same: each non-ASCII character written as an escape of itself, `\uXXXX`
 * in a string, template or regular expression, `${'\uXXXX'}` in a String.raw template (whose result is the same
 * string). One the build cannot rewrite without changing its meaning (in another tagged template, or outside a
 * literal) throws, naming its line.
 */
export function asciiSource(source, file = 'the bundle') {
  if (!/[^\x00-\x7f]/.test(source)) return source;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const refuse = (node, why) => {
    const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
    throw new Error(`${file}:${line + 1}: a non-ASCII character ${why}`);
  };
  const templateOf = (node) =>
    ts.isNoSubstitutionTemplateLiteral(node) ? node : ts.isTemplateHead(node) ? node.parent : node.parent.parent;
  const visit = (node) => {
    const start = node.getStart(tree);
    const text = source.slice(start, node.end);
    if (!/[^\x00-\x7f]/.test(text)) return;
    if (ts.isRegularExpressionLiteral(node) || ts.isStringLiteral(node)) {
      edits.push([start, node.end, escapeLiteral(text)]);
    } else if (
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const template = templateOf(node);
      const tagged = ts.isTaggedTemplateExpression(template.parent) && template.parent.template === template;
      if (!tagged) edits.push([start, node.end, escapeLiteral(text)]);
      else if (template.parent.tag.getText(tree) !== 'String.raw') refuse(node, 'is in a tagged template');
      else {
        edits.push([
          start,
          node.end,
          escapeLiteral(text, (unit, escaped) => {
            if (escaped) refuse(node, 'follows a backslash in a String.raw template');
            return `\${'${unitEscape(unit)}'}`;
          }),
        ]);
      }
    } else if (node.getChildCount(tree) === 0) {
      refuse(node, 'is outside a literal');
    } else {
      node.forEachChild(visit);
    }
  };
  tree.forEachChild(visit);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  if (/[^\x00-\x7f]/.test(out)) throw new Error(`${file}: a non-ASCII character is left after escaping`);
  return out;
}
