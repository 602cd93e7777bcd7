export default function BrandPage() {
  return (
    <>
      <h1>Brand</h1>
      <p>Create a brand from what you sell: name, voice, palette and logo.</p>
    </>
  );
}
