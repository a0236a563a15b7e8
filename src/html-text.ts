// HTML input: the text a reader sees, read by htmlparser2 (entities decoded,
// script, style and the head left out, a blank line at each block element,
// a line break at <br>), with the map from every offset of that text back to
// the HTML. extract(html, meta, { format: 'html' }) reads it; the record's
// offsets index the text, and htmlSpan() takes them back to the markup.

import { Parser } from 'htmlparser2';

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object']);

/** Elements that start and end a block of text: a blank line stands between blocks. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

export interface HtmlText {
  /** The text a reader sees: what the record's offsets index. */
  text: string;
  /** The page's `<title>`, whitespace collapsed, if it has one. */
  title?: string;
  /** The HTML offset of the character at `textOffset` (at `text.length`: the end of the HTML). */
  htmlOffset(textOffset: number): number;
  /** The stretch of HTML that the text's `[start, end)` came from: `html.slice(span.start, span.end)`. */
  htmlSpan(start: number, end: number): { start: number; end: number };
}

/**
 * Reads HTML as text, keeping the way back: each run of text copied verbatim,
 * each decoded entity and each inserted line break is a piece that knows where
 * in the HTML it came from.
 */
export function htmlToText(html: string): HtmlText {
  if (typeof html !== 'string') throw new TypeError(`htmlToText() expects a string, got ${typeof html}`);
  let text = '';
  // Pieces of the text, in order: where each starts in the text and in the HTML, where it ends in the HTML,
  // and whether it is a verbatim copy (one text character per HTML character).
  const textStarts: number[] = [];
  const htmlStarts: number[] = [];
  const htmlEnds: number[] = [];
  const verbatim: boolean[] = [];
  let hidden = 0;
  let inTitle = false;
  let title = '';

  const add = (piece: string, htmlStart: number, htmlEnd: number, isVerbatim: boolean) => {
    textStarts.push(text.length);
    htmlStarts.push(htmlStart);
    htmlEnds.push(htmlEnd);
    verbatim.push(isVerbatim);
    text += piece;
  };
  /** Ends the text so far with `lines` line breaks (a blank line: 2), counting those it has. */
  const breakLine = (lines: 1 | 2, at: number) => {
    if (text.length === 0) return;
    const have = text.endsWith('\n\n') ? 2 : text.endsWith('\n') ? 1 : 0;
    if (have < lines) add('\n'.repeat(lines - have), at, at, false);
  };

  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (HIDDEN.has(name)) hidden++;
        else if (hidden === 0 && BLOCKS.has(name)) breakLine(2, parser.startIndex);
        else if (hidden === 0 && name === 'br') breakLine(1, parser.startIndex);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (hidden === 0 && BLOCKS.has(name)) breakLine(2, parser.startIndex);
      },
      ontext(data) {
        if (inTitle) title += data;
        if (hidden > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        add(data, start, end, html.slice(start, end) === data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  // No blank line after the last block.
  while (text.endsWith('\n') && !verbatim[verbatim.length - 1]) {
    const last = textStarts.length - 1;
    text = text.slice(0, textStarts[last]);
    textStarts.pop();
    htmlStarts.pop();
    htmlEnds.pop();
    verbatim.pop();
  }

  /** The index of the piece holding text offset `offset` (the last piece starting at or before it). */
  const pieceAt = (offset: number): number => {
    let low = 0;
    let high = textStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (textStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const htmlOffset = (offset: number): number => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      throw new RangeError(`htmlOffset() expects an offset from 0 to ${text.length}, got ${offset}`);
    }
    if (offset === text.length || textStarts.length === 0) return html.length;
    const piece = pieceAt(offset);
    return verbatim[piece] ? htmlStarts[piece]! + (offset - textStarts[piece]!) : htmlStarts[piece]!;
  };
  const htmlEndOf = (offset: number): number => {
    const piece = pieceAt(offset);
    return verbatim[piece] ? htmlStarts[piece]! + (offset - textStarts[piece]!) + 1 : htmlEnds[piece]!;
  };

  const collapsedTitle = title.replace(/\s+/g, ' ').trim();
  return {
    text,
    ...(collapsedTitle && { title: collapsedTitle }),
    htmlOffset,
    htmlSpan(start: number, end: number) {
      if (end <= start) return { start: htmlOffset(start), end: htmlOffset(start) };
      htmlOffset(end);
      return { start: htmlOffset(start), end: htmlEndOf(end - 1) };
    },
  };
}
