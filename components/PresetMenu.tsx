export interface PresetLink {
  id: string;
  name: string;
  href: string;
  /** The kind of token it opens: fine-grained or legacy, in words. */
  kind: string;
  /** The evidence label of the preset it opens (`Verified`, `Documented`, `Experimental`), if any. */
  evidence: string;
  /** Why this kind, and what it grants. */
  why: string;
  /** The upstream issue that would change the kind, if one. */
  issue?: string;
}

/** `https://github.com/renovatebot/renovate/issues/45421` → `renovatebot/renovate#45421`. */
function issueName(url: string): string {
  return url.replace(/^https:\/\/github\.com\/([^/]+\/[^/]+)\/issues\/(\d+)$/, '$1#$2');
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
                {link.kind}
                {link.evidence && ` (${link.evidence})`}. {link.why}
                {link.issue && (
                  <>
                    {' '}
                    <a href={link.issue} target="_blank" rel="noopener noreferrer">
                      {issueName(link.issue)}
                    </a>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
