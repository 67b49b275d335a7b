import { type ComponentChild, render } from 'preact';
import { findTokenForm } from '@/utils/gitlab/token-form';
import type { FormFeature, FormState, Mount, PageContext, PageFeature, Placement } from './context';
import { expiry } from './features/expiry';
import { presetMenu } from './features/preset-menu';
import { presets } from './features/presets';
import { scopeHelp } from './features/scope-help';
import { scopeSummary } from './features/scope-summary';

/** Order matters: presets may apply a pending preset before expiry applies the default lifetime. */
export const FORM_FEATURES: readonly FormFeature[] = [scopeHelp, presets, expiry, scopeSummary];
export const PAGE_FEATURES: readonly PageFeature[] = [presetMenu];

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
 * Scopewise's elements are plain DOM next to GitLab's, one per key. An element GitLab's re-render
 * moved away from its anchor is put back (never duplicated); Preact then diffs its content.
 */
export function createMount(doc: Document): { mount: Mount; removeAll: () => void } {
  const mount: Mount = (key: string, anchor: Element, placement: Placement, content: ComponentChild) => {
    let element = doc.querySelector(`[${ATTRIBUTE}="${key}"]`);
    if (!element) {
      element = doc.createElement('div');
      element.setAttribute(ATTRIBUTE, key);
      element.className = 'sw-root';
    }
    if (!placedCorrectly(element, anchor, placement)) insert(element, anchor, placement);
    render(content, element);
  };
  const removeAll = () => {
    for (const element of doc.querySelectorAll(`[${ATTRIBUTE}]`)) {
      render(null, element);
      element.remove();
    }
  };
  return { mount, removeAll };
}

export function isScopewiseNode(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(element?.closest(`[${ATTRIBUTE}]`));
}

/**
 * Runs every feature that applies to the page as it is now. Each feature is isolated: one that
 * throws is logged (debug mode) and the others still run.
 */
export function createDecorator(context: Omit<PageContext, 'refresh'>) {
  const states = new WeakMap<HTMLFormElement, FormState>();
  const failed = new Set<string>();
  const run = (id: string, apply: () => void) => {
    try {
      apply();
    } catch (error) {
      if (!failed.has(id)) context.debug(`${id} failed: ${error instanceof Error ? error.message : String(error)}`);
      failed.add(id);
    }
  };
  const decorate = (): void => {
    const pageContext: PageContext = { ...context, refresh: decorate };
    const form = findTokenForm(document);
    if (!form) {
      for (const feature of PAGE_FEATURES) run(feature.id, () => feature.apply(pageContext));
      return;
    }
    let state = states.get(form.form);
    if (!state) {
      state = {};
      states.set(form.form, state);
    }
    const formContext = { ...pageContext, form, state };
    for (const feature of FORM_FEATURES) run(feature.id, () => feature.apply(formContext));
  };
  return decorate;
}
