/**
 * The Doc as HTML for the local preview's left pane: headings, paragraphs, lists, tables, rules,
 * image placeholders, inline formatting, and the user's cursor and selection.
 *
 * Everything taken from the document is escaped: document text is text, never markup (a Doc
 * may hold `<script>`); links are kept only for http(s) and in-document (#) targets, and style
 * values only when they are plain colours, sizes and font names.
 */
import {
  DocNode,
  sameStyle,
  type EmulatedDocument,
  type TextStyle,
} from './model';

const STYLE = `<style>
.doc{font:11pt/1.5 Arial,Helvetica,sans-serif;color:#202124;max-width:46rem;margin:0 auto;padding:2rem 3rem;background:#fff}
.doc h1,.doc h2,.doc h3,.doc h4,.doc h5,.doc h6{font-weight:400;margin:1.2em 0 .4em}
.doc h1{font-size:20pt}.doc h2{font-size:16pt}.doc h3{font-size:14pt;color:#434343}
.doc h4{font-size:12pt;color:#666}.doc h5,.doc h6{font-size:11pt;color:#666}.doc h6{font-style:italic}
.doc .title{font-size:26pt;margin:0 0 .2em}.doc .subtitle{font-size:15pt;color:#666;margin:0 0 1em}
.doc p{margin:0 0 .3em;min-height:1.5em}
.doc ul,.doc ol{margin:0 0 .3em;padding-left:1.5em}
.doc table{border-collapse:collapse;margin:.5em 0;width:100%}
.doc td{border:1px solid #9aa0a6;padding:.3em .5em;vertical-align:top}
.doc .rule{display:block;border-top:1px solid #9aa0a6;margin:.6em 0}
.doc .image{display:inline-flex;align-items:center;justify-content:center;border:1px dashed #9aa0a6;background:#f1f3f4;color:#5f6368;font-size:9pt;min-width:6em;min-height:3em;vertical-align:middle}
.doc .caret{display:inline-block;width:0;height:1.1em;border-left:2px solid #1a73e8;margin:0 -1px;vertical-align:text-bottom;animation:doc-blink 1s steps(1) infinite}
.doc mark.selection,.doc .selected{background:#c8dcfb;color:inherit}
.doc a{color:#1155cc}
@keyframes doc-blink{50%{border-color:transparent}}
</style>`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`);
}

/** A link target the preview may follow: http(s) or a place in the document. */
function safeHref(url: string): string | null {
  return /^(https?:\/\/|#)/i.test(url.trim()) ? url.trim() : null;
}

const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;
const FONT = /^[\w\s,'-]{1,60}$/;

function inlineCss(style: TextStyle): string {
  const rules: string[] = [];
  if (style.BOLD === true) rules.push('font-weight:bold');
  if (style.ITALIC === true) rules.push('font-style:italic');
  const lines = [
    style.UNDERLINE === true && 'underline',
    style.STRIKETHROUGH === true && 'line-through',
  ];
  const decoration = lines.filter(Boolean).join(' ');
  if (decoration) rules.push(`text-decoration:${decoration}`);
  const colour = style.FOREGROUND_COLOR;
  if (typeof colour === 'string' && COLOUR.test(colour))
    rules.push(`color:${colour}`);
  const background = style.BACKGROUND_COLOR;
  if (typeof background === 'string' && COLOUR.test(background)) {
    rules.push(`background:${background}`);
  }
  if (
    typeof style.FONT_SIZE === 'number' &&
    style.FONT_SIZE > 0 &&
    style.FONT_SIZE < 400
  ) {
    rules.push(`font-size:${style.FONT_SIZE}pt`);
  }
  const font = style.FONT_FAMILY;
  if (typeof font === 'string' && FONT.test(font))
    rules.push(`font-family:${font}`);
  return rules.join(';');
}

/** What is selected: every character of a node, or some of them. */
type Selected = Map<DocNode, 'all' | Set<number>>;

function selectedChars(document: EmulatedDocument): Selected {
  const selected: Selected = new Map();
  for (const element of document.selection ?? []) {
    if (element.start < 0) {
      for (const node of element.node.walk()) selected.set(node, 'all');
      continue;
    }
    const indices = new Set<number>();
    for (let index = element.start; index <= element.endInclusive; index++)
      indices.add(index);
    selected.set(element.node, indices);
  }
  return selected;
}

interface RenderState {
  caret: {node: DocNode; offset: number} | null;
  selected: Selected;
}

const CARET = '<span class="caret" role="img" aria-label="cursor"></span>';

function isCaret(state: RenderState, node: DocNode, offset: number): boolean {
  return state.caret?.node === node && state.caret.offset === offset;
}

function renderText(node: DocNode, state: RenderState): string {
  const selection = state.selected.get(node);
  const isSelected = (index: number) =>
    selection === 'all' || (selection instanceof Set && selection.has(index));
  let html = '';
  let index = 0;
  while (index <= node.text.length) {
    if (isCaret(state, node, index)) html += CARET;
    if (index === node.text.length) break;
    // A run: same style, same selection, no caret inside.
    const style = node.styles[index];
    const selectedRun = isSelected(index);
    let end = index + 1;
    while (
      end < node.text.length &&
      sameStyle(node.styles[end], style) &&
      isSelected(end) === selectedRun &&
      !isCaret(state, node, end)
    ) {
      end += 1;
    }
    html += renderRun(node.text.slice(index, end), style, selectedRun);
    index = end;
  }
  return html;
}

function renderRun(text: string, style: TextStyle, selected: boolean): string {
  let html = escapeHtml(text).replace(/\r/g, '<br>');
  const css = inlineCss(style);
  if (css) html = `<span style="${escapeHtml(css)}">${html}</span>`;
  const href =
    typeof style.LINK_URL === 'string' ? safeHref(style.LINK_URL) : null;
  if (href)
    html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
  return selected ? `<mark class="selection">${html}</mark>` : html;
}

function renderInline(paragraph: DocNode, state: RenderState): string {
  let html = '';
  paragraph.children.forEach((child, index) => {
    if (isCaret(state, paragraph, index)) html += CARET;
    const selected = state.selected.get(child) === 'all' ? ' selected' : '';
    if (child.type === 'TEXT') html += renderText(child, state);
    if (child.type === 'HORIZONTAL_RULE') {
      html += `<span class="rule${selected}" role="separator"></span>`;
    }
    if (child.type === 'INLINE_IMAGE') {
      const alt = child.alt ?? 'Image';
      const width = Number(child.attributes.get('WIDTH') ?? 0);
      const height = Number(child.attributes.get('HEIGHT') ?? 0);
      const size =
        width > 0 && height > 0
          ? ` style="width:${Math.min(width, 600)}px;height:${Math.min(height, 600)}px"`
          : '';
      html += `<span class="image${selected}" role="img" aria-label="${escapeHtml(alt)}"${size}>${escapeHtml(alt)}</span>`;
    }
  });
  if (isCaret(state, paragraph, paragraph.children.length)) html += CARET;
  return html || '<br>';
}

const HEADING_TAGS: Record<string, [string, string]> = {
  TITLE: ['p', ' class="title"'],
  SUBTITLE: ['p', ' class="subtitle"'],
  HEADING1: ['h1', ''],
  HEADING2: ['h2', ''],
  HEADING3: ['h3', ''],
  HEADING4: ['h4', ''],
  HEADING5: ['h5', ''],
  HEADING6: ['h6', ''],
};

function alignment(node: DocNode): string {
  const value = node.attributes.get('HORIZONTAL_ALIGNMENT');
  const css = {
    LEFT: 'left',
    CENTER: 'center',
    RIGHT: 'right',
    JUSTIFY: 'justify',
  }[String(value)];
  return css ? `text-align:${css}` : '';
}

const LIST_STYLES: Record<string, string> = {
  BULLET: 'disc',
  HOLLOW_BULLET: 'circle',
  SQUARE_BULLET: 'square',
  NUMBER: 'decimal',
  LATIN_UPPER: 'upper-latin',
  LATIN_LOWER: 'lower-latin',
  ROMAN_UPPER: 'upper-roman',
  ROMAN_LOWER: 'lower-roman',
};

/**
 * `numbered`: the Body's own children carry data-block="<child index>", so the local preview can
 * let a person edit one of them (cells of a table are not numbered).
 */
function renderBlocks(
  blocks: readonly DocNode[],
  state: RenderState,
  numbered = false,
): string {
  let html = '';
  let openList = false;
  for (const [index, block] of blocks.entries()) {
    const number = numbered ? ` data-block="${index}"` : '';
    if (block.type !== 'LIST_ITEM' && openList) {
      html += '</ul>';
      openList = false;
    }
    if (block.type === 'TABLE') {
      const rows = block.children.map(row => {
        const cells = row.children.map(
          cell => `<td>${renderBlocks(cell.children, state)}</td>`,
        );
        return `<tr>${cells.join('')}</tr>`;
      });
      html += `<table><tbody>${rows.join('')}</tbody></table>`;
    } else if (block.type === 'LIST_ITEM') {
      if (!openList) html += '<ul>';
      openList = true;
      const level = Number(block.attributes.get('NESTING_LEVEL') ?? 0);
      const glyph =
        LIST_STYLES[String(block.attributes.get('GLYPH_TYPE'))] ?? 'disc';
      const css = [
        `list-style-type:${glyph}`,
        `margin-left:${level * 1.5}em`,
        alignment(block),
      ];
      html += `<li${number} style="${css.filter(Boolean).join(';')}">${renderInline(block, state)}</li>`;
    } else if (block.type === 'PARAGRAPH') {
      const [tag, attributes] = HEADING_TAGS[block.heading] ?? ['p', ''];
      const css = alignment(block);
      const styleAttribute = css ? ` style="${css}"` : '';
      html += `<${tag}${number}${attributes}${styleAttribute}>${renderInline(block, state)}</${tag}>`;
    }
  }
  return openList ? `${html}</ul>` : html;
}

/** The document as an HTML fragment (with its own scoped stylesheet). */
export function renderDocumentHtml(document: EmulatedDocument): string {
  // What the user sees: the tab they view.
  const body = document.activeTab().body;
  const cursor = document.cursor;
  const state: RenderState = {
    caret: cursor && cursor.node.root() === body ? cursor : null,
    selected: selectedChars(document),
  };
  const title = escapeHtml(document.name);
  return `${STYLE}<article class="doc" aria-label="${title}">${renderBlocks(body.children, state, true)}</article>`;
}
