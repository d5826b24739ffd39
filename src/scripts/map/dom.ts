/**
 * Builds DOM nodes with text content only. Map popups, tooltips, legends and lists are made
 * with this helper, so no string from the data is ever parsed as HTML.
 */

type Child = Node | string | null | undefined | false;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Creates a link to a path on this site, with `href` set as an attribute and `text` as text. */
export function link(href: string, text: string): HTMLAnchorElement {
  return element('a', { href }, text);
}
