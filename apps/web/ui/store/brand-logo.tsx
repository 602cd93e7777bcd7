/**
 * The brand's logo as an image. BrandForge draws it as SVG markup stored with the brand; loaded
 * through `<img>` (a data URI) it can never run script or reach the page's DOM, whatever it holds.
 */
export function BrandLogo({
  svg,
  name,
  height = 40,
}: {
  svg: string;
  name: string;
  height?: number;
}) {
  const [width, viewHeight] = viewBoxSize(svg);
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={name}
      width={Math.round((width / viewHeight) * height)}
      height={height}
      className="block h-auto max-h-10 w-auto max-w-[60vw] sm:max-h-12"
      decoding="async"
    />
  );
}

/** Width and height of the SVG's viewBox (BrandForge writes one), else a wordmark's usual 4:1. */
function viewBoxSize(svg: string): [number, number] {
  const match = /viewBox="\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*"/.exec(svg);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  return width > 0 && height > 0 ? [width, height] : [480, 120];
}
