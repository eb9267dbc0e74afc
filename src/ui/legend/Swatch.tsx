/**
 * Small legend swatches drawn with the map's own theme tokens and pattern pixels, so a legend entry
 * looks exactly like what it explains.
 */
import { useEffect, useRef } from 'react';
import type { PatternImage } from '../../map/patterns';

const SIZE = 18;

interface AreaSwatchProps {
  fill: string;
  /** A colour under a translucent fill (e.g. Ukraine under the undisclosed-area veil). */
  base?: string;
  fillOpacity?: number;
  stroke?: string;
  dashed?: boolean;
}

/** A filled square, optionally outlined (dashed for speculative or undisclosed areas). */
export function AreaSwatch({ fill, base, fillOpacity = 1, stroke, dashed = false }: AreaSwatchProps) {
  return (
    <svg className="legend-swatch" width={SIZE} height={SIZE} viewBox="0 0 18 18" aria-hidden="true">
      {base && <rect x="1.5" y="1.5" width="15" height="15" fill={base} />}
      <rect
        x="1.5"
        y="1.5"
        width="15"
        height="15"
        fill={fill}
        fillOpacity={fillOpacity}
        stroke={stroke ?? 'none'}
        strokeWidth="1.5"
        strokeDasharray={dashed ? '3 2' : undefined}
      />
    </svg>
  );
}

interface PointSwatchProps {
  colour: string;
  halo: string;
  hollow?: boolean;
  ring?: boolean;
  large?: boolean;
}

/** A site point as the map draws it: solid or hollow, with a ring for city precision. */
export function PointSwatch({ colour, halo, hollow = false, ring = false, large = false }: PointSwatchProps) {
  return (
    <svg className="legend-swatch" width={SIZE} height={SIZE} viewBox="0 0 18 18" aria-hidden="true">
      {ring && <circle cx="9" cy="9" r="7.5" fill="none" stroke={colour} strokeWidth="1.5" />}
      <circle
        cx="9"
        cy="9"
        r={large ? 5 : 4}
        fill={colour}
        fillOpacity={hollow ? 0.2 : 1}
        stroke={hollow ? colour : halo}
        strokeWidth="1.5"
      />
    </svg>
  );
}

/** The current-announcement marker: a dot in a ring. */
export function MarkerSwatch({ ink, paper }: { ink: string; paper: string }) {
  return (
    <svg className="legend-swatch" width={SIZE} height={SIZE} viewBox="0 0 18 18" aria-hidden="true">
      <circle cx="9" cy="9" r="7.5" fill={paper} fillOpacity="0.55" stroke={ink} strokeWidth="1.5" />
      <circle cx="9" cy="9" r="3" fill={ink} />
    </svg>
  );
}

/** A line sample (e.g. the commitment highlight). */
export function LineSwatch({ colour, background }: { colour: string; background: string }) {
  return (
    <svg className="legend-swatch" width={SIZE} height={SIZE} viewBox="0 0 18 18" aria-hidden="true">
      <rect x="1.5" y="1.5" width="15" height="15" fill={background} stroke={colour} strokeWidth="2.5" />
    </svg>
  );
}

interface PatternSwatchProps {
  pattern: PatternImage;
  background: string;
}

/** The map's pattern tile, repeated over a background, painted from the same pixels the map uses. */
export function PatternSwatch({ pattern, background }: PatternSwatchProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const tile = new ImageData(new Uint8ClampedArray(pattern.data), pattern.width, pattern.height);
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    const tileCanvas = document.createElement('canvas');
    tileCanvas.width = pattern.width;
    tileCanvas.height = pattern.height;
    tileCanvas.getContext('2d')?.putImageData(tile, 0, 0);
    const repeat = context.createPattern(tileCanvas, 'repeat');
    if (!repeat) return;
    context.fillStyle = repeat;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }, [pattern, background]);
  // Drawn at the pattern's device-pixel size and shown at CSS size, like the map does.
  return (
    <span className="legend-swatch" aria-hidden="true">
      <canvas ref={canvasRef} className="legend-swatch" width={SIZE * 2} height={SIZE * 2} />
    </span>
  );
}
