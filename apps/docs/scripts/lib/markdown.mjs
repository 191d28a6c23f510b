// Markdown helpers for generated pages. Text from the spec, the README or a
// command's help is data: it must render as written, never as HTML or as a
// Vue template (VitePress compiles every page to a Vue component).

/** `<` as an entity outside code spans (a span may run over lines, not over a blank line). */
function escapeProse(text) {
  return text
    .split(/(\n\s*\n)/)
    .map((paragraph) =>
      paragraph
        .split(/((`+)[\s\S]*?[^`]\2(?!`))/)
        .map((piece, index) => (index % 3 === 0 ? piece.replace(/</g, '&lt;') : index % 3 === 1 ? piece : ''))
        .join(''),
    )
    .join('');
}

/**
 * Escapes `<` outside code spans and fenced blocks, so `Bearer <token>` stays
 * text instead of opening an HTML element that Vue would refuse to compile.
 */
export function escapeHtml(markdown) {
  const out = [];
  let prose = [];
  let fence = null;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (marker) {
      if (prose.length) out.push(escapeProse(prose.join('\n')));
      out.push(line);
      prose = [];
      fence = marker;
    } else prose.push(line);
  }
  if (prose.length) out.push(escapeProse(prose.join('\n')));
  return out.join('\n');
}

/** Wraps a page body so that `{{ }}` in it is shown, not interpolated by Vue. */
export function vPre(markdown) {
  return `::: v-pre\n${markdown.trim()}\n:::\n`;
}

/** One table cell: a single line, pipes escaped. */
export function cell(text) {
  return escapeHtml(String(text ?? ''))
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** Inline code that survives backticks in the value. */
export function code(text) {
  const value = String(text);
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

/** A fenced block whose fence is longer than any backtick run inside it. */
export function fenced(language, body) {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body.replace(/\n+$/, '')}\n${fence}\n`;
}

/** A Markdown table; `rows` are arrays of already formatted cells. */
export function table(headers, rows) {
  if (rows.length === 0) return '';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return `${[line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')}\n`;
}

/** VitePress's heading anchors (the slugify of @mdit-vue/shared), to check links into included sections. */
export function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/\p{Cc}/gu, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, '_$1')
    .toLowerCase();
}

/** Front matter from plain values (JSON strings are valid YAML scalars). */
export function frontMatter(values) {
  const lines = Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}
