/**
 * Chromium checks the page's Content Security Policy while it merely *parses* markup, even
 * into an inert document, so a story's `onerror="…"` or `style="…"` is reported as a
 * violation before the sanitiser has had a chance to drop it, and a `<base href>` as an
 * attempt to set the page's base address. Nothing runs either way, but a report is noise that
 * hides real ones. This pass takes event handlers, style attributes, `<style>` elements and
 * the elements that point the document elsewhere (`<base>`, `<link>`, `<meta>`) out of the
 * markup before it is parsed. It is not the sanitiser: whatever
 * it misses, DOMPurify removes afterwards, and the policy still blocks.
 */

// A start or end tag, with quoted attribute values kept whole (they may contain `>`).
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
// One attribute: its name, and its value if it has one.
const ATTRIBUTE = /([^\s"'>/=][^\s"'>/=]*)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?/g;
const LOUD_ATTRIBUTE = /^(on|style$)/i;
const LOUD_ELEMENT = /^(base|link|meta)$/i;

/** The tag the quiet pass gives `<style>` elements; the sanitiser drops it with its content. */
export const QUIETED_STYLE_TAG = 'x-quieted-style';
/** The tag the quiet pass gives `<base>`, `<link>` and `<meta>`; the sanitiser drops it. */
const QUIETED_TAG = 'x-quieted';

export function quietMarkup(html: string): string {
  return html.replace(TAG, (_tag, slash: string, name: string, attributes: string) => {
    const tagName =
      name.toLowerCase() === 'style'
        ? QUIETED_STYLE_TAG
        : LOUD_ELEMENT.test(name)
          ? QUIETED_TAG
          : name;
    const kept = attributes.replace(ATTRIBUTE, (attribute, attributeName: string) =>
      LOUD_ATTRIBUTE.test(attributeName) ? '' : attribute,
    );
    return `<${slash}${tagName}${kept}>`;
  });
}
