export default function DownloadsPage() {
  return (
    <>
      <h1>Downloads</h1>
      <p>Every export of your brands, with 24-hour download links.</p>
    </>
  );
}
