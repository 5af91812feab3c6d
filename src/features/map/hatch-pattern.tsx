/** Diagonal lines over the fill: the country has records, but none where OHCHR itself worked. */
export function HatchPattern({ id, scale }: { readonly id: string; readonly scale: number }) {
  const size = 5 / scale;
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={size}
      height={size}
      patternTransform="rotate(45)"
    >
      <rect width={size} height={size} fill="transparent" />
      <line
        x1={size / 2}
        y1="0"
        x2={size / 2}
        y2={size}
        stroke="#1f2328"
        strokeOpacity="0.7"
        strokeWidth={1.6 / scale}
      />
    </pattern>
  );
}
