export interface PresetLink {
  id: string;
  name: string;
  href: string;
  scopes: string[];
}

/** On GitLab 19.x's token index: a menu of links that open the legacy form prefilled with a preset. */
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
                title={`Legacy token with ${link.scopes.join(', ')}`}
                onKeyDown={closeOnEscape}
              >
                {link.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
