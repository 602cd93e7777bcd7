/**
 * A brand's logo as stored (SVG markup drawn by BrandForge). It is shown through an `<img>` with a
 * data URL, never inlined: an SVG image cannot run scripts or reach the page, whatever it holds.
 */
export function BrandLogo({
  svg,
  name,
  className,
}: {
  svg: string;
  name: string;
  className?: string;
}) {
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={`${name} logo`}
      className={className}
    />
  );
}
