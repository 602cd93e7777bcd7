import type { StorefrontImage } from '@storecraft/services';

/**
 * A product picture, or — while the image job has not rendered it yet — a tile in the brand's
 * palette with the product's initial, the same size, so the layout does not move when it lands.
 */
export function StoreImage({
  image,
  label,
  variant,
  sizes,
  priority = false,
  className = '',
  testId,
}: {
  image: StorefrontImage | null;
  /** What the picture shows, for the placeholder (the image's own alt text wins when rendered). */
  label: string;
  /** `card`: the 256 px thumbnail (with the full picture for dense screens); `full`: 1024 px. */
  variant: 'card' | 'full';
  sizes?: string;
  /** Above the fold: fetched first, not lazily. */
  priority?: boolean;
  className?: string;
  testId?: string;
}) {
  const box = `aspect-square w-full rounded-lg object-cover bg-(--store-surface) ${className}`;
  if (!image?.url) return <ImagePlaceholder label={label} className={box} testId={testId} />;
  const small = image.thumbnailUrl ?? image.url;
  const hasThumbnail = small !== image.url;
  const width = image.width ?? 1024;
  const height = image.height ?? 1024;
  const src = variant === 'card' ? small : image.url;
  return (
    <img
      src={src}
      srcSet={hasThumbnail ? `${small} 256w, ${image.url} ${width}w` : undefined}
      sizes={hasThumbnail ? sizes : undefined}
      alt={image.alt || label}
      width={variant === 'card' && hasThumbnail ? 256 : width}
      height={variant === 'card' && hasThumbnail ? Math.round((256 * height) / width) : height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      decoding={priority ? 'sync' : 'async'}
      className={box}
      data-testid={testId}
    />
  );
}

export function ImagePlaceholder({
  label,
  className = '',
  testId,
}: {
  label: string;
  className?: string;
  testId?: string | undefined;
}) {
  const initial = label.trim().charAt(0).toUpperCase() || '•';
  return (
    <div
      role="img"
      aria-label={`${label} (picture not rendered yet)`}
      data-testid={testId}
      className={`relative grid place-items-center overflow-hidden ${className}`}
      style={{
        backgroundImage:
          'radial-gradient(circle at 30% 25%, color-mix(in srgb, var(--store-secondary) 28%, transparent), transparent 60%), radial-gradient(circle at 75% 80%, color-mix(in srgb, var(--store-accent) 30%, transparent), transparent 55%)',
      }}
    >
      <span
        aria-hidden="true"
        className="font-[family-name:var(--store-font-heading)] text-5xl font-semibold text-(--store-muted) opacity-70"
      >
        {initial}
      </span>
    </div>
  );
}
