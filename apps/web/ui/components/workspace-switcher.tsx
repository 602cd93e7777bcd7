'use client';

import Link from 'next/link';
import { DropdownMenu } from 'radix-ui';

export interface WorkspaceChoice {
  id: string;
  name: string;
  role: string;
}

/**
 * The current workspace's name, opening a menu of every workspace the person belongs to (the
 * current one checked). Radix gives it arrow-key navigation, typeahead and Escape.
 */
export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: WorkspaceChoice;
  workspaces: readonly WorkspaceChoice[];
}) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button
          type="button"
          aria-label={`Workspace: ${current.name}. Switch workspace`}
          className="flex min-w-0 max-w-full items-center gap-2 rounded-md border border-line px-3 py-1.5 text-left font-semibold hover:border-accent"
        >
          <span className="truncate">{current.name}</span>
          <span aria-hidden="true" className="text-muted">
            ▾
          </span>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 max-h-[70vh] w-[min(20rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-line bg-white p-1 shadow-lg"
        >
          <DropdownMenu.Label className="px-3 py-2 text-xs font-medium uppercase tracking-wide text-muted">
            Your workspaces
          </DropdownMenu.Label>
          {workspaces.map((workspace) => {
            const isCurrent = workspace.id === current.id;
            return (
              <DropdownMenu.Item key={workspace.id} asChild>
                <Link
                  href={`/w/${workspace.id}`}
                  aria-current={isCurrent ? 'page' : undefined}
                  className="flex items-center gap-2 rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-panel"
                >
                  <span aria-hidden="true" className="w-4 text-accent">
                    {isCurrent ? '✓' : ''}
                  </span>
                  <span className="min-w-0 flex-1 truncate">
                    {workspace.name}
                    {isCurrent ? <span className="sr-only"> (current)</span> : null}
                  </span>
                  <span className="text-xs capitalize text-muted">{workspace.role}</span>
                </Link>
              </DropdownMenu.Item>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
