// The real `@gitlab/ui` 137 components (npm), registered once on the page's Vue 2.7 the way GitLab's
// bundles get them. Deep imports: the package root also pulls in charts and every other component.
import GlAlert from '@gitlab/ui/dist/components/base/alert/alert.js';
import GlBadge from '@gitlab/ui/dist/components/base/badge/badge.js';
import GlButton from '@gitlab/ui/dist/components/base/button/button.js';
import GlCollapse from '@gitlab/ui/dist/components/base/collapse/collapse.js';
import GlDatepicker from '@gitlab/ui/dist/components/base/datepicker/datepicker.js';
import GlForm from '@gitlab/ui/dist/components/base/form/form.js';
import GlFormCheckbox from '@gitlab/ui/dist/components/base/form/form_checkbox/form_checkbox.js';
import GlFormCheckboxGroup from '@gitlab/ui/dist/components/base/form/form_checkbox/form_checkbox_group.js';
import GlFormFields from '@gitlab/ui/dist/components/base/form/form_fields/form_fields.js';
import { factory, required } from '@gitlab/ui/dist/components/base/form/form_fields/validators.js';
import GlFormGroup from '@gitlab/ui/dist/components/base/form/form_group/form_group.js';
import GlFormInput from '@gitlab/ui/dist/components/base/form/form_input/form_input.js';
import GlFormRadio from '@gitlab/ui/dist/components/base/form/form_radio/form_radio.js';
import GlFormRadioGroup from '@gitlab/ui/dist/components/base/form/form_radio_group/form_radio_group.js';
import GlFormTextarea from '@gitlab/ui/dist/components/base/form/form_textarea/form_textarea.js';
import GlLink from '@gitlab/ui/dist/components/base/link/link.js';
import GlDisclosureDropdown from '@gitlab/ui/dist/components/base/new_dropdowns/disclosure/disclosure_dropdown.js';
import GlCollapsibleListbox from '@gitlab/ui/dist/components/base/new_dropdowns/listbox/listbox.js';
import GlPopover from '@gitlab/ui/dist/components/base/popover/popover.js';
import GlSearchBoxByType from '@gitlab/ui/dist/components/base/search_box_by_type/search_box_by_type.js';
import GlSegmentedControl from '@gitlab/ui/dist/components/base/segmented_control/segmented_control.js';
import GlSkeletonLoader from '@gitlab/ui/dist/components/base/skeleton_loader/skeleton_loader.js';
import GlSprintf from '@gitlab/ui/dist/components/utilities/sprintf/sprintf.js';
import Vue from 'vue';

const COMPONENTS = {
  GlAlert,
  GlBadge,
  GlButton,
  GlCollapse,
  GlCollapsibleListbox,
  GlDatepicker,
  GlDisclosureDropdown,
  GlForm,
  GlFormCheckbox,
  GlFormCheckboxGroup,
  GlFormFields,
  GlFormGroup,
  GlFormInput,
  GlFormRadio,
  GlFormRadioGroup,
  GlFormTextarea,
  GlLink,
  GlPopover,
  GlSearchBoxByType,
  GlSegmentedControl,
  GlSkeletonLoader,
  GlSprintf,
};

Vue.config.productionTip = false;
Vue.config.devtools = false;
for (const [name, component] of Object.entries(COMPONENTS)) Vue.component(name, component);

/** gitlab-ui's `formValidators` (`@gitlab/ui/src/utils`), as GitLab's forms import them. */
export const formValidators = { factory, required };

export { Vue };
