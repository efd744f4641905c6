import createDOMPurify from 'dompurify';
import { safeHref } from '../domain/links.ts';
import { QUIETED_STYLE_TAG, quietMarkup } from './quiet-markup.ts';

const ALLOWED_TAGS = ['p', 'br', 'em', 'i', 'strong', 'b', 'a', 'ul', 'ol', 'li', 'blockquote'];

let purifier: ReturnType<typeof createDOMPurify> | null = null;

/**
 * Our own instance, so that its hook and settings never leak into other code on the page;
 * made on first use, so that a page without rich text never builds it.
 */
function ownPurifier() {
  if (purifier !== null) return purifier;
  purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = safeHref(node.getAttribute('href') ?? '');
    if (href === null) {
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('href', href);
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier;
}

/**
 * A small, safe subset of HTML from a story file: paragraphs, emphasis, lists, block quotes,
 * and links that are http(s) or mailto and open in a new tab. No script, style, image,
 * frame, form or event handler survives.
 */
export function sanitizeRichText(html: string): string {
  return ownPurifier().sanitize(quietMarkup(html), {
    ALLOWED_TAGS,
    ADD_FORBID_CONTENTS: [QUIETED_STYLE_TAG],
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}

export function RichText({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }} />;
}
