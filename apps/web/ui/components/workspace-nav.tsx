'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

interface Section {
  href: string;
  label: string;
  /** Other paths that belong to this section (a brand's pages are under Brands). */
  alsoActive?: readonly string[];
}

function isActive(pathname: string, section: Section, home: string): boolean {
  const prefixes = [section.href, ...(section.alsoActive ?? [])];
  return prefixes.some((prefix) =>
    prefix === home ? pathname === home : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

/** The workspace's sections; the one being viewed is marked for sight and for screen readers. */
export function WorkspaceNav({ workspaceId }: { workspaceId: string }) {
  const pathname = usePathname();
  const home = `/w/${workspaceId}`;
  const sections: Section[] = [
    { href: home, label: 'Brands', alsoActive: [`${home}/brands`, `${home}/new`] },
    { href: `${home}/builds`, label: 'Builds' },
    { href: `${home}/members`, label: 'Members' },
    { href: `${home}/api-keys`, label: 'API keys' },
  ];
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {sections.map((section) => {
        const active = isActive(pathname, section, home);
        return (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={active ? 'page' : undefined}
              className={`block rounded-md px-3 py-1.5 text-sm font-medium ${
                active ? 'bg-panel text-ink' : 'text-muted hover:text-ink'
              }`}
            >
              {section.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
