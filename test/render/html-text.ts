// Reading generated HTML back in tests without a DOM: the text of a fragment
// (tags dropped, the five escapes undone) and the elements of one kind.

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => UNESCAPE[entity]!);
}

/** Every `<mark …>…</mark>` (marks never nest): its attributes and its text. */
export function marks(html: string): { attributes: Record<string, string>; text: string }[] {
  return [...html.matchAll(/<mark ([^>]*)>(.*?)<\/mark>/gs)].map(([, attributes, inner]) => ({
    attributes: Object.fromEntries(
      [...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, textOf(value!)]),
    ),
    text: textOf(inner!),
  }));
}
