import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = {
  title: 'StoreCraft',
  description:
    'Realistic e-commerce demo catalogs, exported for Shopify, WooCommerce, Magento 2 and BigCommerce.',
};

const links = [
  ['/', 'Home'],
  ['/sign-in', 'Sign in'],
  ['/workspace', 'Workspace'],
  ['/brand', 'Brand'],
  ['/build', 'Build'],
  ['/downloads', 'Downloads'],
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem auto', maxWidth: '48rem' }}>
        <nav aria-label="Main">
          {links.map(([href, label]) => (
            <a key={href} href={href} style={{ marginRight: '1rem' }}>
              {label}
            </a>
          ))}
        </nav>
        <main>{children}</main>
      </body>
    </html>
  );
}
