import type { ReactNode } from 'react';

/**
 * Storefront previews: no StoreCraft header. Each page draws its brand's own frame (StoreFrame),
 * with a slim bar leading back to StoreCraft.
 */
export default function StoreLayout({ children }: { children: ReactNode }) {
  return children;
}
