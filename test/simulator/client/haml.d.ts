export function mountHamlExpiry(doc: Document, options: { defaultDays: number | null; testid: string }): void;
export function bootHaml(doc: Document, variant: string): void;
