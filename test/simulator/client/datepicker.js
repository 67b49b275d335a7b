// GitLab's `GlDatepicker` (@gitlab/ui 137.2.6, components/base/datepicker) on the real Pikaday 1.8.2
// from npm, wired the way gitlab-ui wires it (written from its source, not copied): Pikaday owns the
// text field (on `change` it parses the text, clamps it to bounds it holds as local start of day,
// rewrites the field, calls onSelect and opens its calendar), the calendar renders into the
// datepicker's root, its trigger is the "Open datepicker" button, or the field itself when the
// caller passes `target: null` (GitLab's legacy token form does), and the model changes only through
// Pikaday's onSelect. So every quirk Scopewise must live with is Pikaday's own: the calendar opening
// on `change`, the trigger focused a millisecond after each draw, the document-level keys.

const pad = (n) => String(n).padStart(2, '0');
/** GitLab formats datepicker dates in local time (gitlab-ui's formatter, GitLab's toISODateFormat). */
export const formatLocalDate = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** GitLab's `setUTCTime` (lib/utils/datetime_utility): the instant's UTC date at 00:00 UTC. */
export function setUTCTime(value) {
  const date = new Date(value);
  date.setUTCHours(0, 0, 0, 0);
  return date;
}

const sameInstant = (a, b) => Boolean(a && b && a.getTime() === b.getTime());

export function defineDatepicker(Vue, Pikaday) {
  if (Vue.options.components.GlDatepicker) return;
  Vue.component('GlDatepicker', {
    props: {
      value: { type: Date, default: null },
      minDate: { type: Date, default: null },
      maxDate: { type: Date, default: null },
      // '' (the default): the calendar button triggers; null: the field does, on focus.
      target: { type: String, default: '' },
      inputId: { type: String, default: null },
      inputName: { type: String, default: null },
      placeholder: { type: String, default: 'YYYY-MM-DD' },
      showClearButton: { type: Boolean, default: false },
    },
    // GlFormInput's v-model: only the field's `input` events reach it, never Pikaday's writes.
    data: () => ({ textInput: '' }),
    computed: {
      triggerOnFocus() {
        return this.target === null;
      },
      renderClearButton() {
        return this.showClearButton && this.textInput !== '';
      },
    },
    watch: {
      value(value) {
        if (this.calendar && !sameInstant(value, this.calendar.getDate())) this.calendar.setDate(value, true);
      },
      minDate(minDate) {
        this.calendar?.setMinDate(minDate);
      },
      maxDate(maxDate) {
        this.calendar?.setMaxDate(maxDate);
      },
    },
    mounted() {
      const config = {
        field: this.$el.querySelector('input[type="text"]'),
        theme: 'gl-datepicker-theme',
        defaultDate: this.value,
        setDefaultDate: Boolean(this.value),
        minDate: this.minDate,
        maxDate: this.maxDate,
        format: 'YYYY-MM-DD',
        // `YYYY/MM/DD` parses as local midnight; text that is no date becomes now.
        parse: (text) => {
          const parsed = Date.parse(text.replace(/-/g, '/'));
          return Number.isNaN(parsed) ? new Date() : new Date(parsed);
        },
        toString: formatLocalDate,
        ariaLabel: '',
        onSelect: (date) => this.$emit('input', date),
        container: this.$el,
      };
      if (!this.triggerOnFocus) config.trigger = this.$refs.trigger;
      this.calendar = new Pikaday(config);
    },
    beforeDestroy() {
      this.calendar?.destroy();
    },
    methods: {
      // Enter in a field the user never typed in resets the date to the minimum.
      onEnter() {
        if (this.textInput !== '') return;
        const reset = this.minDate || null;
        this.calendar.setDate(reset);
        this.$emit('input', reset);
      },
      clear() {
        this.textInput = '';
        this.$emit('clear');
      },
    },
    template: `<div class="gl-datepicker gl-inline-block gl-w-full gl-form-input-md">
      <div class="gl-flex gl-items-start gl-gap-3"><div class="gl-relative gl-flex gl-grow">
        <input type="text" :id="inputId" :name="inputName" class="gl-form-input form-control" data-testid="gl-datepicker-input"
          :placeholder="placeholder" :autocomplete="triggerOnFocus ? 'off' : null" aria-label="Enter date"
          @input="textInput = $event.target.value" @keydown.enter="onEnter">
        <div class="gl-datepicker-actions">
          <button v-if="renderClearButton" type="button" data-testid="clear-button" aria-label="Clear date"
            class="btn btn-default-tertiary btn-sm gl-button btn-icon" @click="clear">×</button>
          <span v-if="triggerOnFocus" class="gl-px-2" data-testid="datepicker-calendar-icon">📅</span>
          <button v-else ref="trigger" type="button" aria-label="Open datepicker" class="btn btn-default-tertiary btn-sm gl-button btn-icon">📅</button>
        </div>
      </div></div>
    </div>`,
  });
}
