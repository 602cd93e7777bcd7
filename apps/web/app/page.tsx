export default function HomePage() {
  return (
    <>
      <h1>StoreCraft</h1>
      <p>
        Generate a realistic demo catalog — brand, categories, products, variants and images — and
        export it for Shopify, WooCommerce, Magento 2 or BigCommerce.
      </p>
      <p>
        <a href="/sign-in">Sign in or create an account</a> to start.
      </p>
    </>
  );
}
