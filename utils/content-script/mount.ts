import { type ComponentChild, render } from 'preact';

/**
 * Scopewise's UI on GitLab's pages: plain DOM elements next to GitLab's, one per key, each a
 * Preact root. Shared by the content scripts of the legacy and the fine-grained token forms.
 */

export type Placement = 'before' | 'after' | 'first' | 'last';

/** Renders `content` into Scopewise's element `key` next to `anchor`, creating or moving it as needed. */
export type Mount = (key: string, anchor: Element, placement: Placement, content: ComponentChild) => void;

const ATTRIBUTE = 'data-scopewise';

function placedCorrectly(element: Element, anchor: Element, placement: Placement): boolean {
  switch (placement) {
    case 'after':
      return element.previousElementSibling === anchor;
    case 'before':
      return element.nextElementSibling === anchor;
    case 'first':
    case 'last':
      return element.parentElement === anchor;
  }
}

function insert(element: Element, anchor: Element, placement: Placement): void {
  if (placement === 'after') anchor.after(element);
  else if (placement === 'before') anchor.before(element);
  else if (placement === 'first') anchor.prepend(element);
  else anchor.append(element);
}

/**
 * Scopewise's elements are plain DOM next to GitLab's, one per key, kept by key (a lookup per
 * mount, not a scan of GitLab's page). An element GitLab's re-render moved away from its anchor,
 * or took out of the page, is put back (never duplicated); Preact then diffs its content.
 */
export function createMount(doc: Document): { mount: Mount; removeAll: () => void } {
  const elements = new Map<string, Element>();
  const mount: Mount = (key: string, anchor: Element, placement: Placement, content: ComponentChild) => {
    let element = elements.get(key);
    if (!element) {
      element = doc.createElement('div');
      element.setAttribute(ATTRIBUTE, key);
      element.className = 'sw-root';
      elements.set(key, element);
    }
    if (!placedCorrectly(element, anchor, placement)) insert(element, anchor, placement);
    render(content, element);
  };
  const removeAll = () => {
    for (const element of elements.values()) {
      render(null, element);
      element.remove();
    }
    elements.clear();
  };
  return { mount, removeAll };
}

export function isScopewiseNode(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(element?.closest(`[${ATTRIBUTE}]`));
}
