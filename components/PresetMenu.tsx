import { useEffect, useState } from 'preact/hooks';

export interface PresetLink {
  id: string;
  name: string;
  href: string;
  scopes: string[];
}

/** On GitLab 19.x's token index: a menu of links that open the legacy form prefilled with a preset. */
export function PresetMenu({ links }: { links: PresetLink[] }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [open]);
  return (
    <div class="sw-menu">
      <button
        type="button"
        class="sw-chip"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="sw-preset-menu"
        onClick={() => setOpen(!open)}
      >
        Scopewise presets
      </button>
      {open && (
        <ul id="sw-preset-menu" class="sw-menu-list">
          {links.map((link) => (
            <li key={link.id}>
              <a class="sw-menu-link" href={link.href} title={`Legacy token with ${link.scopes.join(', ')}`}>
                {link.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
