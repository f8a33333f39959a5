// Puts a warning body (server-sanitised HTML) into the page a second time safely: it is parsed
// in an inert document and only an allow-list of elements is copied over, with href the only
// attribute kept (http, https, mailto). Everything else is unwrapped to its text or dropped.

const KEEP = new Set(['P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'BR', 'A']);
const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED',
  'SVG', 'MATH', 'HEAD', 'TITLE', 'TEXTAREA', 'SELECT', 'BUTTON', 'INPUT', 'FORM']);
const SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function safeHref(raw) {
  try {
    const url = new URL(String(raw || '').trim());
    return SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null; // relative or malformed: not a link we show
  }
}

function copy(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE && !DROP.has(node.tagName)) {
      if (!KEEP.has(node.tagName)) {
        copy(node, to);
        continue;
      }
      const el = document.createElement(node.tagName.toLowerCase());
      if (node.tagName === 'A') {
        const href = safeHref(node.getAttribute('href'));
        if (href) {
          el.setAttribute('href', href);
          el.setAttribute('rel', 'nofollow noopener noreferrer');
        }
      }
      copy(node, el);
      to.append(el);
    }
  }
}

/** A fragment holding only the allowed parts of html. */
export function safeFragment(html) {
  const parsed = new DOMParser().parseFromString(String(html || ''), 'text/html');
  const out = document.createDocumentFragment();
  copy(parsed.body, out);
  return out;
}
