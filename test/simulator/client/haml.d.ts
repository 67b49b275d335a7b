export function mountHamlExpiry(doc: Document, options: { testAttrs: Record<string, string> }): unknown;
export function bootHaml(doc: Document, variant: string): void;
