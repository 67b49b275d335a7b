import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TokenPage } from '../gitlab/page';
import { createFeatureRunner, type PageBase, runOnTokenPage } from './runner';

/**
 * The one engine of both token-page content scripts, after Refined GitHub's feature manager: every
 * feature says where it runs (`runsOn`, over the detected token page), and each pass runs, in
 * order and each isolated, the features of the page as it is now. A content script differs from
 * the other only by its catalog, so each page loads only its own features and form adapter.
 */

export interface PageContext extends PageBase {
  /** Re-runs every feature (after Scopewise changed the page itself). */
  refresh: () => void;
}

/** What a form feature gets: the form as found in this pass and what Scopewise remembers about it. */
export interface FormContext<Form, State> extends PageContext {
  form: Form;
  /** Starts empty for every new form element (every field of a form's state is optional). */
  state: State;
}

/** `apply` runs after every change to the page and must be idempotent. */
export interface Feature<Context> {
  id: string;
  /** The token pages the feature runs on. */
  runsOn: (page: TokenPage) => boolean;
  apply(context: Context): void;
}

export interface Catalog<Form extends { form: HTMLFormElement }, State, Context extends FormContext<Form, State>> {
  /** The form on the page as it is now (GitLab's Vue apps mount it late, and may replace it). */
  findForm: (document: Document) => Form | undefined;
  /** The context of one pass on the form: what its features share beyond the form and its state. */
  formContext: (context: FormContext<Form, State>) => Context;
  /** The features of the form, in order: presets may apply a pending preset before expiry applies the default lifetime. */
  formFeatures: readonly Feature<Context>[];
  /** The features of a token page without this form (19.x's token list). */
  pageFeatures: readonly Feature<PageContext>[];
  /** Attributes whose change alone must re-run the features (GitLab changes nothing else then). */
  watchedAttributes?: readonly string[];
}

/** A pass over the page as it is now, to run after every change: the form's features, or the page's without it. */
export function createEngine<Form extends { form: HTMLFormElement }, State, Context extends FormContext<Form, State>>(
  base: PageBase,
  catalog: Catalog<Form, State, Context>,
): () => void {
  const states = new WeakMap<HTMLFormElement, State>();
  const run = createFeatureRunner(base.debug);
  const decorate = (): void => {
    const pageContext: PageContext = { ...base, refresh: decorate };
    const form = catalog.findForm(document);
    if (!form) {
      const features = catalog.pageFeatures.filter((feature) => feature.runsOn(base.page));
      if (features.length === 0) base.debug('no form (yet) on this page');
      for (const feature of features) run(feature.id, () => feature.apply(pageContext));
      return;
    }
    let state = states.get(form.form);
    if (!state) {
      state = {} as State;
      states.set(form.form, state);
    }
    const context = catalog.formContext({ ...pageContext, form, state });
    for (const feature of catalog.formFeatures) {
      if (feature.runsOn(base.page)) run(feature.id, () => feature.apply(context));
    }
  };
  return decorate;
}

/** A content script's life on one catalog: it works on the token pages where any of its features runs. */
export function runCatalog<Form extends { form: HTMLFormElement }, State, Context extends FormContext<Form, State>>(
  ctx: ContentScriptContext,
  catalog: Catalog<Form, State, Context>,
): Promise<void> {
  const features = [...catalog.formFeatures, ...catalog.pageFeatures];
  return runOnTokenPage(
    ctx,
    (page) => features.some((feature) => feature.runsOn(page)),
    (base) => createEngine(base, catalog),
    catalog.watchedAttributes,
  );
}
