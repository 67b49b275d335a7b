export interface PresetLink {
  id: string;
  name: string;
  href: string;
  kind: 'Fine-grained token' | 'Legacy token';
  /** Why this kind, and what it grants. */
  why: string;
}

/** On GitLab 19.x's token index: a menu of links, each opening the right token form for a preset. */
export function PresetMenu({
  links,
  open,
  setOpen,
}: {
  links: PresetLink[];
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
  };
  return (
    <div class="sw-menu">
      <button
        type="button"
        class="sw-chip"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="sw-preset-menu"
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        Scopewise presets
      </button>
      {open && (
        <ul id="sw-preset-menu" class="sw-menu-list">
          {links.map((link) => (
            <li key={link.id}>
              <a
                class="sw-menu-link"
                href={link.href}
                aria-describedby={`sw-menu-why-${link.id}`}
                onKeyDown={closeOnEscape}
              >
                {link.name}
              </a>
              <span id={`sw-menu-why-${link.id}`} class="sw-menu-why">
                {link.kind}. {link.why}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
