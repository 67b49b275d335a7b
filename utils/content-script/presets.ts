import type { FilledFields } from '../gitlab/fields';

/** What the preset feature of either form remembers about a form. */
export interface PresetState extends FilledFields {
  /** The preset filter's text. */
  presetQuery?: string;
  /** A pending preset (from the 19.x menu, or the popup's Recreate) was handled already. */
  initialised?: boolean;
}
