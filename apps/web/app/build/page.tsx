export default function BuildPage() {
  return (
    <>
      <h1>Build</h1>
      <p>Follow a catalog build live: catalog rows, images and exports.</p>
    </>
  );
}
