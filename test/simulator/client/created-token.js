// GitLab's `InputCopyToggleVisibility` (vue_shared/components/input_copy_toggle_visibility), as the
// 19.x created-token views use it: a read-only input masked by CSS (`input-copy-show-disc`), whose
// value Vue sets as a DOM property (no attribute), a reveal toggle and a copy button that carries
// no `data-clipboard-text`. The views' test id on the input varies by version, or is missing.

export function defineInputCopyToggleVisibility(Vue) {
  if (Vue.options.components.InputCopyToggleVisibility) return;
  Vue.component('InputCopyToggleVisibility', {
    props: { value: { type: String, default: '' }, testid: { type: String, default: null }, label: String },
    data: () => ({ visible: false }),
    methods: {
      async copy() {
        try {
          await navigator.clipboard?.writeText(this.value);
        } catch {
          // Headless browsers may refuse the clipboard; GitLab would show an error toast.
        }
        this.$emit('copied');
      },
    },
    template: `<div role="group" class="form-group gl-form-group gl-mb-0">
      <div role="group" class="input-group gl-form-input-group">
        <input type="text" readonly autocomplete="off" :aria-label="label" :data-testid="testid" :value="value"
          class="form-control gl-form-input gl-form-input-xl !gl-font-monospace !gl-cursor-default" :class="{ 'input-copy-show-disc': !visible }">
        <div class="input-group-append"><div role="group" class="btn-group">
          <button type="button" data-testid="toggle-visibility-button" :aria-label="visible ? 'Click to hide' : 'Click to reveal'"
            class="btn btn-default btn-md gl-button btn-icon" @click.stop="visible = !visible">👁</button>
          <button type="button" aria-label="Copy" title="Copy" class="btn btn-default btn-md gl-button btn-icon" @click="copy">⧉</button>
        </div></div>
      </div>
    </div>`,
  });
}
